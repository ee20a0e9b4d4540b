package eu.mobilisesme.call.domain;

/**
 * What a call must report about the people it sends, beyond counts by company, role and collaboration: their gender
 * and whether they have a disability. No group of fewer than {@code minimumGroupSize} people is ever shown, so that
 * no one can be recognised in a breakdown.
 */
public record ReportingRules(boolean byGender, boolean byDisability, int minimumGroupSize) {

    /** The programme's practice when a call says nothing else. */
    public static final ReportingRules DEFAULT = new ReportingRules(true, true, 5);

    public ReportingRules {
        if (minimumGroupSize < 2) {
            throw new IllegalArgumentException("A group of one person identifies that person");
        }
    }
}
