package eu.mobilisesme.sme.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a facilitator may decide about a registration, and from which statuses. */
public enum VerificationDecision {
    VERIFY(VerificationStatus.VERIFIED, EnumSet.of(VerificationStatus.PENDING_VERIFICATION, VerificationStatus.ON_HOLD)),
    HOLD(VerificationStatus.ON_HOLD, EnumSet.of(VerificationStatus.PENDING_VERIFICATION)),
    REJECT(VerificationStatus.REJECTED, EnumSet.of(VerificationStatus.PENDING_VERIFICATION, VerificationStatus.ON_HOLD));

    private final VerificationStatus outcome;
    private final Set<VerificationStatus> allowedFrom;

    VerificationDecision(VerificationStatus outcome, Set<VerificationStatus> allowedFrom) {
        this.outcome = outcome;
        this.allowedFrom = allowedFrom;
    }

    public VerificationStatus outcome() {
        return outcome;
    }

    public boolean isAllowedFrom(VerificationStatus status) {
        return allowedFrom.contains(status);
    }

    /** The decisions a facilitator can take on a registration in {@code status}. */
    public static List<VerificationDecision> allowedFrom(VerificationStatus status) {
        return Arrays.stream(values()).filter(decision -> decision.isAllowedFrom(status)).toList();
    }
}
