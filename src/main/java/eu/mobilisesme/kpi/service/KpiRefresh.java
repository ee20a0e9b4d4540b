package eu.mobilisesme.kpi.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.mobilisesme.call.service.CallKpiTerms;
import eu.mobilisesme.call.service.CallService;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.kpi.domain.Dimension;
import eu.mobilisesme.kpi.domain.Forecast;
import eu.mobilisesme.kpi.persistence.CountingWindow;
import eu.mobilisesme.kpi.persistence.KpiSnapshots;
import eu.mobilisesme.mobility.service.ApplicationStatuses;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Counts the KPI figures of calls again and stores them as their latest snapshot: every opened call in the background,
 * or one call the first time it is asked about. Counting reads the whole registry, so it never runs on a request
 * except that first time.
 */
@ApplicationScoped
public class KpiRefresh {

    private static final Logger LOG = Logger.getLogger(KpiRefresh.class);

    private final CallService calls;
    private final KpiSnapshots snapshots;
    private final Clock clock;

    KpiRefresh(CallService calls, KpiSnapshots snapshots, Clock clock) {
        this.calls = calls;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** Counts every call opened by today again. */
    public Uni<Void> refreshOpenedCalls() {
        return calls.kpiTermsOfOpenedCalls().flatMap(opened -> Multi.createFrom().iterable(opened)
                .onItem().transformToUniAndConcatenate(call -> refresh(call, false))
                .collect().last().replaceWithVoid());
    }

    /** Counts the call's figures unless it has some already (another instance or reader may have just counted). */
    Uni<Void> refreshIfMissing(CallKpiTerms call) {
        return refresh(call, true).replaceWithVoid();
    }

    private Uni<Boolean> refresh(CallKpiTerms call, boolean onlyIfMissing) {
        Instant now = clock.instant();
        long started = System.nanoTime();
        return snapshots.refresh(window(call, now), now, ApplicationStatuses.inWorkflowOrder(), reported(call),
                onlyIfMissing).invoke(counted -> {
                    if (counted) {
                        LOG.infof("KPI figures of call %s counted in %d ms", call.code(),
                                (System.nanoTime() - started) / 1_000_000);
                    }
                });
    }

    private static CountingWindow window(CallKpiTerms call, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ProgrammeCalendar.ZONE);
        return new CountingWindow(call.callId(), startOf(call.opensOn()), startOf(call.closesOn().plusDays(1)),
                startOf(today.minusDays(Forecast.RATE_DAYS - 1)), today);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ProgrammeCalendar.ZONE).toInstant();
    }

    /** The dimensions the call reports: all but gender and disability where it does not. */
    static List<Dimension> reported(CallKpiTerms call) {
        return Arrays.stream(Dimension.values())
                .filter(dimension -> dimension != Dimension.GENDER || call.reportsGender())
                .filter(dimension -> dimension != Dimension.DISABILITY || call.reportsDisability())
                .toList();
    }
}
