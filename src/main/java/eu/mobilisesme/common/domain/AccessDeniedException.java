package eu.mobilisesme.common.domain;

import java.util.Map;

/** The caller is known but may not do this. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super("FORBIDDEN", message, Map.of());
    }
}
