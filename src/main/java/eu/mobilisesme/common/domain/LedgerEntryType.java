package eu.mobilisesme.common.domain;

/** What a ledger entry records. */
public enum LedgerEntryType {
    /** A grant reserved on approval, on the planned dates. */
    GRANT_COMMITTED,
    /** The grant recalculated on the actual dates when the stay ended. */
    GRANT_RECALCULATED,
    /** What was not paid released, the mobility having been cancelled or withdrawn. */
    GRANT_RELEASED,
    PAYMENT_CREATED,
    PAYMENT_APPROVED,
    PAYMENT_EXPORTED,
    PAYMENT_PAID,
    PAYMENT_FAILED,
    PAYMENT_CANCELLED,
    /** A recovery order whose money came back. */
    RECOVERY_RECEIVED
}
