package eu.mobilisesme.sme.api;

import eu.mobilisesme.sme.domain.VerificationDecision;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers for the native image what a problem document of this feature carries and no response type does: the
 * {@code allowedActions} of a refused verification decision (409 ILLEGAL_TRANSITION).
 */
@RegisterForReflection(targets = VerificationDecision.class)
final class ProblemDetailsReflection {

    private ProblemDetailsReflection() {
    }
}
