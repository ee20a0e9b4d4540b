package eu.mobilisesme.mobility.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MobilityApplicationRepository implements PanacheRepositoryBase<MobilityApplication, UUID> {

    /**
     * The applications {@code actor} may see, newest first after {@code after}: a company's own (sent, hosted or
     * proposed to it), a facilitator's (either side), everything for administrators and reading partners.
     * With {@code overdueOn}, only those past their due date.
     */
    public Uni<List<MobilityApplication>> findPage(Actor actor, boolean seesAll, LocalDate overdueOn, Cursor after,
            int limit) {
        StringBuilder query = new StringBuilder(seesAll ? "1 = 1" : "1 = 0");
        Parameters parameters = new Parameters();
        actor.smeId().filter(actor::actsForSme).ifPresent(sme -> {
            query.append(" or sendingSmeId = :sme or hostSmeId = :sme or id in (select p.applicationId from "
                    + "MatchProposal p where p.hostSmeId = :sme)");
            parameters.and("sme", sme);
        });
        actor.facilitatorId().filter(actor::actsForFacilitator).ifPresent(facilitator -> {
            query.append(" or sendingFacilitatorId = :facilitator or hostFacilitatorId = :facilitator");
            parameters.and("facilitator", facilitator);
        });
        String where = "(" + query + ")";
        if (overdueOn != null) {
            where += " and dueOn < :today";
            parameters.and("today", overdueOn);
        }
        if (after != null) {
            where += " and (createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))";
            parameters.and("afterCreated", Instant.parse(after.sortKey())).and("afterId", after.id());
        }
        return find(where + " order by createdAt desc, id desc", parameters).range(0, limit - 1).list();
    }

    /** The stays a host has agreed to receive and that are not over, other than {@code exceptId}. */
    public Uni<List<MobilityApplication>> findHostedUpcoming(UUID hostSmeId, UUID exceptId) {
        return list("hostSmeId = ?1 and status in ?2 and id <> ?3", hostSmeId, ApplicationStatus.HOSTED_UPCOMING,
                exceptId);
    }

    public Uni<List<MobilityApplication>> findByParticipant(UUID participantId) {
        return list("participantId = ?1 order by createdAt, id", participantId);
    }

    /** The participants of a sending company holding a place in a call, other than through {@code exceptId}. */
    public Uni<List<UUID>> findParticipantsHoldingPlaces(UUID sendingSmeId, UUID callId, UUID exceptId) {
        return find("select distinct participantId from MobilityApplication where sendingSmeId = ?1 and callId = ?2 "
                + "and status in ?3 and id <> ?4", sendingSmeId, callId, ApplicationStatus.HOLDING_A_PLACE, exceptId)
                .project(UUID.class).list();
    }

    /** A participant's other applications that hold a place, whose stays may not overlap this one's. */
    public Uni<List<MobilityApplication>> findOthersHoldingPlaces(UUID participantId, UUID exceptId) {
        return list("participantId = ?1 and status in ?2 and id <> ?3", participantId,
                ApplicationStatus.HOLDING_A_PLACE, exceptId);
    }
}
