package eu.mobilisesme.bankaccount.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.bankaccount.domain.OwnerKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Whether an owner has payments on their way to it. Read from the {@code payment} table, whose rows name their payee
 * as {@code payee_kind} and {@code payee_id}: a company is {@code SENDING_SME}, a participant {@code PARTICIPANT}. A
 * facilitator pays and is never paid, so it never has any.
 */
@ApplicationScoped
public class PayeePayments {

    /** Payments created or approved but not yet in a bank file: PENDING or APPROVED. */
    public Uni<Boolean> havePending(OwnerKind kind, UUID ownerId) {
        String payeeKind = switch (kind) {
            case SME -> "SENDING_SME";
            case PARTICIPANT -> "PARTICIPANT";
            case FACILITATOR -> null;
        };
        if (payeeKind == null) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select exists (select 1 from payment where payee_kind = :kind and payee_id = :payee "
                        + "and status in ('PENDING', 'APPROVED'))", Boolean.class)
                .setParameter("kind", payeeKind)
                .setParameter("payee", ownerId)
                .getSingleResult());
    }
}
