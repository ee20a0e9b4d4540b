package eu.mobilisesme.common.domain;

import java.util.Map;

/** A write that did not say which version it is based on (no {@code If-Match}). */
public class VersionRequiredException extends DomainException {

    public VersionRequiredException() {
        super("IF_MATCH_REQUIRED",
                "Send the resource's ETag in If-Match, so that your change cannot overwrite someone else's.", Map.of());
    }
}
