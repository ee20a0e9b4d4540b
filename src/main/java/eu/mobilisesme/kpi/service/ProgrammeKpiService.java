package eu.mobilisesme.kpi.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallKpiTerms;
import eu.mobilisesme.call.service.CallService;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.facilitator.service.FacilitatorService;
import eu.mobilisesme.kpi.domain.Breakdown;
import eu.mobilisesme.kpi.domain.KpiFigures;
import eu.mobilisesme.kpi.domain.KpiFigures.Stage;
import eu.mobilisesme.kpi.domain.Progress;
import eu.mobilisesme.kpi.persistence.KpiCounts;
import eu.mobilisesme.kpi.persistence.KpiSnapshots;
import eu.mobilisesme.kpi.persistence.KpiSnapshots.Snapshot;
import eu.mobilisesme.mobility.service.ApplicationStatuses;
import io.smallrye.mutiny.Uni;

/**
 * A call's KPIs as of the latest refresh: for programme administrators the whole programme (or one facilitator's
 * companies), for a facilitator the companies it is in charge of. The figures are read from the snapshot, never
 * counted on the request, except the first time a call is asked about.
 */
@ApplicationScoped
public class ProgrammeKpiService {

    private final CallService calls;
    private final FacilitatorService facilitators;
    private final KpiSnapshots snapshots;
    private final KpiRefresh refresh;

    ProgrammeKpiService(CallService calls, FacilitatorService facilitators, KpiSnapshots snapshots,
            KpiRefresh refresh) {
        this.calls = calls;
        this.facilitators = facilitators;
        this.snapshots = snapshots;
        this.refresh = refresh;
    }

    /**
     * The KPIs of {@code callId} (the call opened last when absent) for the scope {@code facilitatorId} asks for
     * (absent: the programme for an administrator, its own companies for a facilitator).
     */
    public Uni<ProgrammeKpis> kpis(Actor actor, Optional<UUID> callId, Optional<UUID> facilitatorId) {
        return scopeOf(actor, facilitatorId).flatMap(scope -> call(callId)
                .flatMap(call -> snapshotOf(call, scope).map(snapshot -> report(call, scope, snapshot))));
    }

    private Uni<Optional<UUID>> scopeOf(Actor actor, Optional<UUID> asked) {
        if (actor.isAdmin()) {
            return asked.isEmpty() ? Uni.createFrom().item(Optional.empty())
                    : facilitators.profile(asked.get()).replaceWith(asked);
        }
        Optional<UUID> own = actor.roles().contains(Roles.FACILITATOR) ? actor.facilitatorId() : Optional.empty();
        if (own.isEmpty()) {
            throw new AccessDeniedException("Only programme administrators and facilitators read the KPIs.");
        }
        if (asked.isPresent() && !asked.equals(own)) {
            throw new AccessDeniedException("A facilitator reads the KPIs of its own companies only.");
        }
        return facilitators.profile(own.get()).map(facilitator -> {
            if (!facilitator.active()) {
                throw new AccessDeniedException("Facilitator " + facilitator.id() + " is no longer active.");
            }
            return own;
        });
    }

    private Uni<CallKpiTerms> call(Optional<UUID> callId) {
        return callId.map(calls::kpiTerms).orElseGet(calls::kpiTermsOfLatestCall);
    }

    private Uni<Snapshot> snapshotOf(CallKpiTerms call, Optional<UUID> scope) {
        String key = scope.map(UUID::toString).orElse(KpiCounts.PROGRAMME);
        return snapshots.read(call.callId(), key).flatMap(found -> found.isPresent()
                ? Uni.createFrom().item(found.get())
                : refresh.refreshIfMissing(call).chain(() -> snapshots.read(call.callId(), key))
                        .map(Optional::orElseThrow));
    }

    private static ProgrammeKpis report(CallKpiTerms call, Optional<UUID> scope, Snapshot snapshot) {
        KpiFigures figures = snapshot.figures();
        LocalDate asOf = LocalDate.ofInstant(snapshot.computedAt(), ProgrammeCalendar.ZONE);
        Progress registered = Progress.of(call.targetRegisteredSmes(), figures.smes().registered(),
                figures.smes().registeredLastFourWeeks(), asOf, call.closesOn());
        Progress sent = Progress.of(call.targetParticipantsSent(), figures.participantsSent(),
                figures.participantsSentLastFourWeeks(), asOf, call.closesOn());
        List<Breakdown> breakdowns = KpiRefresh.reported(call).stream()
                .map(dimension -> Breakdown.of(dimension, figures.groups(), call.minimumGroupSize())).toList();
        return new ProgrammeKpis(call, scope, snapshot.computedAt(), asOf, registered, figures.smes(), sent,
                funnel(figures.stages()), figures.overdue(), figures.budgetLines(), breakdowns);
    }

    /** Every status in workflow order, those the figures do not have (a scope with no applications) at zero. */
    private static List<Stage> funnel(List<Stage> counted) {
        Map<String, Stage> byStatus = counted.stream().collect(Collectors.toMap(Stage::status, Function.identity()));
        return ApplicationStatuses.inWorkflowOrder().stream()
                .map(status -> byStatus.getOrDefault(status, new Stage(status, 0, 0, null, 0))).toList();
    }
}
