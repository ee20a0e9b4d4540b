package eu.mobilisesme.mobility.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a mobility application stands, from the sending company's draft to the closed file. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    /** The sending facilitator asked for information; the review deadline pauses. */
    ON_HOLD,
    ELIGIBLE,
    REJECTED,
    /** A host accepted a proposal. */
    MATCHED,
    /** Every party signed the same revision of the learning project. */
    AGREEMENT_SIGNED,
    APPROVED,
    /** The host confirmed the participant's arrival. */
    IN_PROGRESS,
    /** The host confirmed the departure, with the actual dates. */
    COMPLETED,
    /** The three final reports are in. */
    REPORTED,
    CLOSED,
    WITHDRAWN,
    CANCELLED;

    /** The statuses from which an application may still be withdrawn or cancelled: all before completion. */
    public static final Set<ApplicationStatus> BEFORE_COMPLETION = EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW,
            ON_HOLD, ELIGIBLE, MATCHED, AGREEMENT_SIGNED, APPROVED, IN_PROGRESS);

    /** Statuses in which a host has agreed to receive the participant and the stay is not over. */
    public static final Set<ApplicationStatus> HOSTED_UPCOMING = EnumSet.of(MATCHED, AGREEMENT_SIGNED, APPROVED,
            IN_PROGRESS);

    /**
     * Statuses that hold a participant's place in a call and their dates: everything submitted that was not
     * rejected, withdrawn or cancelled. The participant limit and the no-overlap rule count these.
     */
    public static final Set<ApplicationStatus> HOLDING_A_PLACE = EnumSet.of(SUBMITTED, UNDER_REVIEW, ON_HOLD,
            ELIGIBLE, MATCHED, AGREEMENT_SIGNED, APPROVED, IN_PROGRESS, COMPLETED, REPORTED, CLOSED);
}
