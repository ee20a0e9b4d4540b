package eu.mobilisesme.common.domain;

/**
 * What a partner portal's client may do, as granted in its token's {@code scope} claim. Each operation a partner may
 * call declares the scopes it needs once, on the resource method; the contract lists them and a request filter
 * enforces them.
 */
public final class PartnerScopes {

    /** Read the company catalogue and the companies' verification history. */
    public static final String CATALOGUE_READ = "catalogue:read";
    /** Create and update companies under the partner's own references. */
    public static final String SMES_WRITE = "smes:write";
    /** Read mobility applications (participants appear by id only). */
    public static final String APPLICATIONS_READ = "applications:read";

    private PartnerScopes() {
    }
}
