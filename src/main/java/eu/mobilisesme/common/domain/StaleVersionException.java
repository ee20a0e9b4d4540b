package eu.mobilisesme.common.domain;

import java.util.Map;

/** The client based its write on a version that is no longer the current one (a stale {@code If-Match}). */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String resourceType, long currentVersion) {
        super("STALE_VERSION", resourceType + " has changed since you read it; fetch it again and retry.",
                Map.of("currentVersion", currentVersion));
    }

    private StaleVersionException(String message) {
        super("STALE_VERSION", message, Map.of());
    }

    /** An {@code If-Match} on a resource that does not exist yet: no version can match (RFC 9110, 13.1.1). */
    public static StaleVersionException absent(String resourceType) {
        return new StaleVersionException(resourceType + " does not exist yet; create it without If-Match.");
    }
}
