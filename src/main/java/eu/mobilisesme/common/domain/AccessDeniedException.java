package eu.mobilisesme.common.domain;

import java.util.Map;

/** The actor may see the resource but not do this to it (403); resources it may not see are not found (404). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super("ACCESS_DENIED", message, Map.of());
    }
}
