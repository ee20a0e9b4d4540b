package eu.mobilisesme.payment.service;

import java.util.UUID;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.payment.domain.MobilityGrant;

/**
 * Who may see and move a mobility's money, written once: programme administrators see all of it, the paying
 * facilitator sees and moves it, the sending company sees its own. Anyone else is told it does not exist.
 */
final class PaymentAccess {

    private PaymentAccess() {
    }

    static boolean mayRead(Actor actor, MobilityGrant grant) {
        return actor.isAdmin() || actor.actsForFacilitator(grant.getPayerFacilitatorId())
                || actor.actsForSme(grant.getSendingSmeId());
    }

    /** Fails with 404 unless the actor may read the grant's money. */
    static void requireReader(Actor actor, MobilityGrant grant, String resource, UUID id) {
        if (grant == null || !mayRead(actor, grant)) {
            throw new ResourceNotFoundException(resource, id);
        }
    }

    /**
     * Fails with 404 unless the actor may read the batch (or the file) of payer {@code payerId}: an administrator or
     * the paying facilitator; {@code payerId} is null when there is no such batch.
     */
    static void requireBatchReader(Actor actor, UUID payerId, UUID batchId) {
        if (payerId == null || !(actor.isAdmin() || actor.actsForFacilitator(payerId))) {
            throw new ResourceNotFoundException(PaymentBatches.RESOURCE, batchId);
        }
    }

    /** Fails with 404 unless the actor may read it, and 403 unless it acts for the paying facilitator. */
    static void requirePayer(Actor actor, MobilityGrant grant, String resource, UUID id) {
        requireReader(actor, grant, resource, id);
        if (!actor.actsForFacilitator(grant.getPayerFacilitatorId())) {
            throw new AccessDeniedException("Only the paying facilitator creates, approves and exports payments.");
        }
    }
}
