package eu.mobilisesme.mobility.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallRules;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.DatePeriod;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Stay;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.payment.service.GrantRequest;
import eu.mobilisesme.payment.service.MobilityGrants;
import eu.mobilisesme.sme.service.SmeService;
import io.smallrye.mutiny.Uni;

/** The grant side of an application's steps, in the step's own transaction. */
@ApplicationScoped
class ApplicationGrants {

    private final MobilityGrants grants;
    private final SmeService smes;
    private final ParticipantService participants;

    ApplicationGrants(MobilityGrants grants, SmeService smes, ParticipantService participants) {
        this.grants = grants;
        this.smes = smes;
        this.participants = participants;
    }

    /**
     * Commits the grant of an application being approved: by the host's country (or the disability rate), on the
     * planned dates, to the payee the call names, on {@code budgetLineId} or the first eligible line with room.
     */
    Uni<Void> commit(MobilityApplication application, CallRules policy, Optional<UUID> budgetLineId,
            LocalDate approvedOn, Actor actor) {
        return smes.profile(application.getSendingSmeId())
                .flatMap(sender -> smes.profile(application.getHostSmeId())
                        .flatMap(host -> participants.memberOf(application.getParticipantId(), sender.id())
                                .flatMap(participant -> grants.commit(new GrantRequest(application.getId(),
                                        application.getCallId(), sender.id(), sender.country(), participant.id(),
                                        application.getSendingFacilitatorId(), host.country(),
                                        participant.hasDisability(), periods(application.plannedStay()),
                                        policy.grantPayee(), policy.prefinancingPercent(), budgetLineId,
                                        approvedOn), actor))));
    }

    Uni<Void> stayStarted(MobilityApplication application, Actor actor) {
        return grants.stayStarted(application.getId(), actor);
    }

    /** The grant on the stay as it happened: the planned parts between the actual arrival and departure. */
    Uni<Void> stayEnded(MobilityApplication application, Actor actor) {
        return grants.stayEnded(application.getId(), periods(application.plannedStay()
                .actual(application.getActualStart(), application.getActualEnd())), actor);
    }

    Uni<Void> reportsIn(MobilityApplication application, Actor actor) {
        return grants.reportsIn(application.getId(), actor);
    }

    Uni<Void> close(MobilityApplication application, Actor actor) {
        return grants.close(application.getId(), actor);
    }

    Uni<Void> release(MobilityApplication application, String reason, Actor actor) {
        return grants.release(application.getId(), reason, actor);
    }

    private static List<DatePeriod> periods(Stay stay) {
        return stay.parts().stream().map(part -> new DatePeriod(part.startsOn(), part.endsOn())).toList();
    }
}
