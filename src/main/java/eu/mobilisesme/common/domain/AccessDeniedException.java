package eu.mobilisesme.common.domain;

import java.util.Map;

/** The actor may see the resource but not do this to it (403); resources it may not see are not found (404). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        this("ACCESS_DENIED", message);
    }

    /** A refusal with a code of its own that clients may switch on, e.g. {@code FOUR_EYES_REQUIRED}. */
    public AccessDeniedException(String code, String message) {
        super(code, message, Map.of());
    }
}
