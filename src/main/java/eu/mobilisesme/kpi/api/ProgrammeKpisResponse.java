package eu.mobilisesme.kpi.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.call.service.CallKpiTerms;
import eu.mobilisesme.common.api.MoneyAmount;
import eu.mobilisesme.kpi.domain.Breakdown;
import eu.mobilisesme.kpi.domain.Dimension;
import eu.mobilisesme.kpi.domain.Forecast;
import eu.mobilisesme.kpi.domain.KpiFigures;
import eu.mobilisesme.kpi.domain.Progress;
import eu.mobilisesme.kpi.service.ProgrammeKpis;

@Schema(name = "ProgrammeKpis", description = "A call's KPIs, for the whole programme or for the companies of one "
        + "facilitator, as of the latest refresh of the figures.")
public record ProgrammeKpisResponse(
        @Schema(required = true) CallSummary call,
        @Schema(description = "The facilitator whose companies the figures are restricted to; absent: the whole "
                + "programme.") UUID facilitatorId,
        @Schema(required = true, description = "When the figures were counted; they are refreshed in the "
                + "background, every minute by default.") Instant computedAt,
        @Schema(required = true, description = "The day (Brussels time) overdue reviews and the forecast count "
                + "from.") LocalDate asOf,
        @Schema(required = true, description = "SMEs registered during the call and not rejected (large companies, "
                + "which may only host, are not SMEs), against the call's target.") ProgressResponse registeredSmes,
        @Schema(required = true) Registrations registrations,
        @Schema(required = true, description = "Participants of approved mobilities and of those that went further "
                + "(in progress, completed, reported, closed), against the call's target.")
        ProgressResponse participantsSent,
        @Schema(required = true, description = "Every status of the call's applications, in workflow order.")
        List<StageResponse> funnel,
        @Schema(required = true) OverdueReviews overdueReviews,
        @Schema(required = true, description = "The call's budget lines, in the order grants draw on them.")
        List<BudgetLineUse> budgetLines,
        @Schema(required = true, description = "Counts of people smaller than this are never shown.")
        int minimumGroupSize,
        @Schema(required = true, description = "Registered SMEs and participants sent by country, NACE section, "
                + "facilitator, collaboration type, participant role and, where the call reports them, gender and "
                + "disability.") List<BreakdownResponse> breakdowns) {

    static ProgrammeKpisResponse from(ProgrammeKpis kpis) {
        CallKpiTerms call = kpis.call();
        KpiFigures.SmeCounts registrations = kpis.registrations();
        return new ProgrammeKpisResponse(
                new CallSummary(call.callId(), call.code(), call.title(), call.opensOn(), call.closesOn()),
                kpis.facilitatorId().orElse(null), kpis.computedAt(), kpis.asOf(),
                ProgressResponse.from(kpis.registeredSmes()),
                new Registrations(registrations.pendingVerification(), registrations.verified(),
                        registrations.onHold(), registrations.rejected()),
                ProgressResponse.from(kpis.participantsSent()),
                kpis.funnel().stream().map(StageResponse::from).toList(),
                new OverdueReviews(kpis.overdueReviews().registrations(), kpis.overdueReviews().applications()),
                kpis.budgetLines().stream().map(BudgetLineUse::from).toList(), call.minimumGroupSize(),
                kpis.breakdowns().stream().map(BreakdownResponse::from).toList());
    }

    @Schema(name = "KpiCall", description = "The call the figures are about.")
    public record CallSummary(@Schema(required = true) UUID id, @Schema(required = true) String code,
            @Schema(required = true) String title, @Schema(required = true) LocalDate opensOn,
            @Schema(required = true) LocalDate closesOn) {
    }

    @Schema(name = "KpiProgress", description = "A count against its target.")
    public record ProgressResponse(
            @Schema(required = true, description = "The call's target.") int target,
            @Schema(required = true) long count,
            @Schema(required = true, description = "The count as a percentage of the target, one decimal.")
            BigDecimal percentOfTarget,
            @Schema(required = true, description = "What the 28 days up to `asOf` added.") long lastFourWeeks,
            @Schema(required = true) ForecastResponse forecast) {

        static ProgressResponse from(Progress progress) {
            return new ProgressResponse(progress.target(), progress.count(), progress.percentOfTarget(),
                    progress.lastFourWeeks(), ForecastResponse.from(progress.forecast()));
        }
    }

    @Schema(name = "KpiForecast", description = "When the target is reached if the count keeps growing at the rate "
            + "of the last four weeks: REACHED, ON_TRACK (on `expectedOn`, no later than the day the call closes) or "
            + "NOT_BEFORE_CALL_ENDS (no growth, or too slow).")
    public record ForecastResponse(@Schema(required = true) Forecast.Outlook outlook,
            @Schema(required = true, description = "What the count gained a week, over the last four weeks.")
            BigDecimal weeklyRate,
            @Schema(description = "Present when ON_TRACK.") LocalDate expectedOn) {

        static ForecastResponse from(Forecast forecast) {
            return new ForecastResponse(forecast.outlook(), forecast.weeklyRate(), forecast.expectedOn());
        }
    }

    @Schema(name = "KpiRegistrations", description = "Registrations of SMEs during the call, by verification status.")
    public record Registrations(@Schema(required = true) long pendingVerification,
            @Schema(required = true) long verified, @Schema(required = true) long onHold,
            @Schema(required = true) long rejected) {
    }

    @Schema(name = "KpiStage", description = "One status of the applications.")
    public record StageResponse(
            @Schema(required = true, description = "An application status (see MobilityApplication).") String status,
            @Schema(required = true, description = "Applications in it now.") long current,
            @Schema(required = true, description = "Applications that ever reached it.") long reached,
            @Schema(description = "Median days spent in it by the applications that left it, one decimal; absent "
                    + "when none has.") BigDecimal medianDays,
            @Schema(required = true, description = "How many stays in it the median is taken over.")
            long staysMeasured) {

        static StageResponse from(KpiFigures.Stage stage) {
            return new StageResponse(stage.status(), stage.current(), stage.reached(),
                    stage.medianDays() == null ? null
                            : BigDecimal.valueOf(stage.medianDays()).setScale(1, RoundingMode.HALF_UP),
                    stage.staysMeasured());
        }
    }

    @Schema(name = "KpiOverdueReviews", description = "Reviews past their due date on `asOf`: registrations waiting "
            + "for verification, and applications submitted or under review.")
    public record OverdueReviews(@Schema(required = true) long registrations,
            @Schema(required = true) long applications) {
    }

    @Schema(name = "KpiBudgetLine", description = "A budget line's use: committed is held by approved grants, paid "
            + "was paid out net of recoveries, available is what is left.")
    public record BudgetLineUse(@Schema(required = true) String code, @Schema(required = true) String name,
            @Schema(required = true) String funder, @Schema(required = true) MoneyAmount amount,
            @Schema(required = true) MoneyAmount committed, @Schema(required = true) MoneyAmount paid,
            @Schema(required = true) MoneyAmount available) {

        static BudgetLineUse from(KpiFigures.BudgetLineUse line) {
            return new BudgetLineUse(line.code(), line.name(), line.funder(), MoneyAmount.of(line.amount()),
                    MoneyAmount.of(line.committed()), MoneyAmount.of(line.paid()), MoneyAmount.of(line.available()));
        }
    }

    @Schema(name = "KpiBreakdown", description = "The figures by one dimension.")
    public record BreakdownResponse(@Schema(required = true) Dimension dimension,
            @Schema(required = true) List<GroupResponse> groups) {

        static BreakdownResponse from(Breakdown breakdown) {
            return new BreakdownResponse(breakdown.dimension(), breakdown.groups().stream()
                    .map(group -> new GroupResponse(group.key(), group.label(), group.registeredSmes(),
                            group.participantsSent(), group.participantsSuppressed()))
                    .toList());
        }
    }

    @Schema(name = "KpiGroup", description = "One category of a breakdown.")
    public record GroupResponse(
            @Schema(required = true, description = "The category: a country code, a NACE section letter, a "
                    + "facilitator id, a collaboration type, a role, a gender, YES or NO; UNKNOWN, UNASSIGNED or "
                    + "NOT_DECLARED where the value is absent.") String key,
            @Schema(required = true, description = "The category's name where it has one (a facilitator's), else "
                    + "the key.") String label,
            @Schema(description = "Registered SMEs; absent for a breakdown of people only.") Long registeredSmes,
            @Schema(description = "Participants sent; absent when suppressed.") Long participantsSent,
            @Schema(required = true, description = "Whether the count of participants is hidden because it is "
                    + "below the minimum group size, or because it would give such a count away.")
            boolean participantsSuppressed) {
    }
}
