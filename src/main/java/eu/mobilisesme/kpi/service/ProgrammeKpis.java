package eu.mobilisesme.kpi.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.mobilisesme.call.service.CallKpiTerms;
import eu.mobilisesme.kpi.domain.Breakdown;
import eu.mobilisesme.kpi.domain.KpiFigures.BudgetLineUse;
import eu.mobilisesme.kpi.domain.KpiFigures.OverdueReviews;
import eu.mobilisesme.kpi.domain.KpiFigures.SmeCounts;
import eu.mobilisesme.kpi.domain.KpiFigures.Stage;
import eu.mobilisesme.kpi.domain.Progress;

/**
 * A call's KPIs for the programme as a whole or for the companies of one facilitator ({@code facilitatorId}), as of
 * the latest refresh ({@code computedAt}; dates such as overdue reviews and the forecast count from {@code asOf}).
 */
public record ProgrammeKpis(CallKpiTerms call, Optional<UUID> facilitatorId, Instant computedAt, LocalDate asOf,
        Progress registeredSmes, SmeCounts registrations, Progress participantsSent, List<Stage> funnel,
        OverdueReviews overdueReviews, List<BudgetLineUse> budgetLines, List<Breakdown> breakdowns) {
}
