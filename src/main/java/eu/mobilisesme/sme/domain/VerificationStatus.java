package eu.mobilisesme.sme.domain;

/** Where a company's registration stands with its facilitator. */
public enum VerificationStatus {
    PENDING_VERIFICATION,
    VERIFIED,
    /** The facilitator asked the company for information. */
    ON_HOLD,
    REJECTED
}
