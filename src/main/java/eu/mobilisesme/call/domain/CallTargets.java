package eu.mobilisesme.call.domain;

/**
 * What a call is judged on: companies registered on the platform during the call, and people sent on mobility (the
 * current call: 715 and 520, DOMAIN.md).
 */
public record CallTargets(int registeredSmes, int participantsSent) {

    public CallTargets {
        if (registeredSmes < 1 || participantsSent < 1) {
            throw new IllegalArgumentException("Targets are positive");
        }
    }
}
