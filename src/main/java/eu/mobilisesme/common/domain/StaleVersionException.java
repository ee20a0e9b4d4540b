package eu.mobilisesme.common.domain;

import java.util.Map;

/** The client based its write on a version that is no longer the current one (a stale {@code If-Match}). */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String resourceType, long currentVersion) {
        super("STALE_VERSION", resourceType + " has changed since you read it; fetch it again and retry.",
                Map.of("currentVersion", currentVersion));
    }
}
