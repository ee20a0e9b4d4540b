package eu.mobilisesme.payment.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.payment.domain.Instalment;

@Schema(name = "PaymentRequest", description = "The instalment of a mobility's grant to pay (or recover) now; the "
        + "service computes the amount from the grant and what was paid.")
public record PaymentRequest(@NotNull UUID applicationId, @NotNull Instalment instalment) {

    /** The request's content for its idempotency key: a repeat must ask for the same thing. */
    String canonical() {
        return applicationId + "|" + instalment;
    }
}
