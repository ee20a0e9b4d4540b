package eu.mobilisesme.payment.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.facilitator.service.FacilitatorService;
import io.smallrye.mutiny.Uni;

/**
 * Paying facilitators as money moves see them: a deactivated one keeps reading its grants, payments and bank files,
 * and importing its bank's answers to files already sent, but creates, approves and exports nothing more.
 */
@ApplicationScoped
class Payers {

    private final FacilitatorService facilitators;

    Payers(FacilitatorService facilitators) {
        this.facilitators = facilitators;
    }

    /** Fails with 403 {@code FACILITATOR_INACTIVE} unless the paying facilitator is registered and active. */
    Uni<Void> requireActive(UUID payerId) {
        return facilitators.profile(payerId)
                .onFailure(ResourceNotFoundException.class).transform(unknown -> inactive(payerId))
                .invoke(payer -> {
                    if (!payer.active()) {
                        throw inactive(payerId);
                    }
                }).replaceWithVoid();
    }

    private static AccessDeniedException inactive(UUID payerId) {
        return new AccessDeniedException("FACILITATOR_INACTIVE",
                "Facilitator " + payerId + " is not an active facilitator: it moves no money.");
    }
}
