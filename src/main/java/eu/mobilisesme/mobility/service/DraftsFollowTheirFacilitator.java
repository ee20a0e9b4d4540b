package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.sme.service.FacilitatorReassignments;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A draft is in the charge of its company's facilitator, whoever that is now: a facilitator the company was taken
 * from loses its drafts, the new one gains them. Submitted applications keep the facilitator reviewing them.
 */
@ApplicationScoped
public class DraftsFollowTheirFacilitator implements FacilitatorReassignments {

    private final MobilityApplicationRepository applications;
    private final Clock clock;

    public DraftsFollowTheirFacilitator(MobilityApplicationRepository applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    /** Runs in the reassignment's transaction, which holds the company's row lock. */
    @Override
    @WithTransaction
    public Uni<Void> reassigned(UUID smeId, UUID facilitatorId, Actor actor) {
        return applications.findDrafts(smeId)
                .invoke(drafts -> drafts.forEach(draft -> draft.followFacilitator(facilitatorId, actor,
                        clock.instant())))
                .replaceWithVoid();
    }
}
