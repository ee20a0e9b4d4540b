package eu.mobilisesme.kpi.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one scope's KPIs are computed from, as the background refresh counted it: counts, medians and budget lines,
 * never a row about a person. Stored as it is in the snapshot of its scope.
 *
 * @param smes registrations of the call's period, by verification status
 * @param participantsSent distinct participants of approved mobilities and those that went further
 * @param participantsSentLastFourWeeks those of them whose mobility was approved in the 28 days up to the count
 * @param stages the applications' statuses in workflow order
 * @param overdue reviews past their due date on the day of the count
 * @param budgetLines the call's budget lines, in order of use
 * @param groups the counts broken down by each {@link Dimension}, as found (no category filled in, nothing suppressed)
 */
public record KpiFigures(SmeCounts smes, long participantsSent, long participantsSentLastFourWeeks,
        List<Stage> stages, OverdueReviews overdue, List<BudgetLineUse> budgetLines, List<GroupCount> groups) {

    public KpiFigures {
        stages = List.copyOf(stages);
        budgetLines = List.copyOf(budgetLines);
        groups = List.copyOf(groups);
    }

    /** The figures of a scope with nothing in it yet: a facilitator with no companies, say. */
    public static KpiFigures empty(List<BudgetLineUse> budgetLines) {
        return new KpiFigures(new SmeCounts(0, 0, 0, 0, 0), 0, 0, List.of(), new OverdueReviews(0, 0), budgetLines,
                List.of());
    }

    /**
     * Registrations of SMEs (large companies, which may only host, are not SMEs) by status;
     * {@code registeredLastFourWeeks} counts those not rejected that registered in the 28 days up to the count.
     */
    public record SmeCounts(long pendingVerification, long verified, long onHold, long rejected,
            long registeredLastFourWeeks) {

        /** Registered companies: every registration but the rejected ones. */
        public long registered() {
            return pendingVerification + verified + onHold;
        }
    }

    /**
     * One status of the applications: how many are in it now, how many ever reached it, and the median of the days
     * spent in it by the applications that have left it ({@code medianDays} null when none has).
     */
    public record Stage(String status, long current, long reached, Double medianDays, long staysMeasured) {
    }

    /** Registrations and applications waiting for their facilitator's review past the due date. */
    public record OverdueReviews(long registrations, long applications) {
    }

    /** A budget line: its amount, what grants hold of it, and what was paid out of it (net of recoveries). */
    public record BudgetLineUse(String code, String name, String funder, BigDecimal amount, BigDecimal committed,
            BigDecimal paid) {

        public BigDecimal available() {
            return amount.subtract(committed).subtract(paid);
        }
    }

    /**
     * The count of one category of a dimension: registered companies (null for a dimension that does not count
     * them) and participants sent.
     */
    public record GroupCount(Dimension dimension, String key, String label, Long registeredSmes,
            long participantsSent) {
    }
}
