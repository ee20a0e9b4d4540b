package eu.mobilisesme.common.api;

import eu.mobilisesme.common.domain.ExpectedVersion;

/**
 * Strong entity tags derived from an aggregate's version: {@code "7"}. Writes must name the version they are based on
 * in {@code If-Match}, so no update can silently overwrite another one.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for; {@code *} matches any version. A header that names no version
     * we ever issued can never match, which the caller learns as a stale version (412).
     */
    public static ExpectedVersion expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.MISSING;
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return ExpectedVersion.ANY;
        }
        if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
            try {
                return ExpectedVersion.exactly(Long.parseLong(value.substring(1, value.length() - 1)));
            } catch (NumberFormatException notOurs) {
                return ExpectedVersion.exactly(-1);
            }
        }
        return ExpectedVersion.exactly(-1);
    }

    /** As {@link #expectedVersion}, for writes on which {@code If-Match} is optional: without one, any version. */
    public static ExpectedVersion expectedVersionIfGiven(String ifMatch) {
        return expectedVersion(ifMatch).orAny();
    }
}
