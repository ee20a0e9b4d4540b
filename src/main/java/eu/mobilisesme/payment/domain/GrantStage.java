package eu.mobilisesme.payment.domain;

/** How far the mobility of a grant has gone, as far as its money is concerned. */
public enum GrantStage {
    /** Approved: the grant is reserved on the planned dates. */
    COMMITTED,
    /** The arrival is confirmed: pre-financing is due. */
    STAY_STARTED,
    /** The departure is confirmed: the grant is recalculated on the actual dates. */
    STAY_ENDED,
    /** The final reports are in: the balance or the recovery is due. */
    REPORTED,
    /** Settled and closed. */
    CLOSED,
    /** Cancelled or withdrawn: what was not paid is released. */
    RELEASED
}
