package eu.mobilisesme.common.domain;

/**
 * The version a client based its write on (from {@code If-Match}): a number, any version ({@code *}), or none at
 * all. A write that names no version cannot prove it saw the latest state, so it is refused rather than allowed to
 * overwrite someone else's change.
 */
public record ExpectedVersion(Kind kind, long version) {

    public enum Kind { EXACT, ANY, MISSING }

    public static final ExpectedVersion ANY = new ExpectedVersion(Kind.ANY, 0);
    public static final ExpectedVersion MISSING = new ExpectedVersion(Kind.MISSING, 0);

    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(Kind.EXACT, version);
    }

    /** For writes on which {@code If-Match} is optional: without one, any version will do. */
    public ExpectedVersion orAny() {
        return kind == Kind.MISSING ? ANY : this;
    }

    public boolean isMissing() {
        return kind == Kind.MISSING;
    }

    /** Refuses the write unless it is based on {@code currentVersion} of the resource. */
    public void check(String resourceType, long currentVersion) {
        if (kind == Kind.MISSING) {
            throw new VersionRequiredException();
        }
        if (kind == Kind.EXACT && version != currentVersion) {
            throw new StaleVersionException(resourceType, currentVersion);
        }
    }
}
