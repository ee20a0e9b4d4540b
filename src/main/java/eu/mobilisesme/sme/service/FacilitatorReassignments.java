package eu.mobilisesme.sme.service;

import java.util.UUID;

import eu.mobilisesme.common.domain.Actor;
import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps a copy of the facilitator in charge of a company (mobility applications not yet submitted)
 * provides a bean of this type: when an administrator reassigns the company, the copy follows in the same
 * transaction, without this feature knowing the others.
 */
public interface FacilitatorReassignments {

    /** The company {@code smeId} is now in the charge of {@code facilitatorId}, by {@code actor}'s decision. */
    Uni<Void> reassigned(UUID smeId, UUID facilitatorId, Actor actor);
}
