package eu.mobilisesme.common.domain;

import java.util.List;

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

    /** Read the event feed (each event also needs the scope of what it is about). */
    public static final String EVENTS_READ = "events:read";
    /** Subscribe to webhooks and read their delivery logs. */
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";

    /** Every scope a client may be granted, in the order the contract lists them. */
    public static final List<String> ALL = List.of(CATALOGUE_READ, SMES_WRITE, APPLICATIONS_READ,
            EVENTS_READ, WEBHOOKS_MANAGE);

    /** Any one scope, for validating what an administrator grants. */
    public static final String PATTERN = CATALOGUE_READ + "|" + SMES_WRITE + "|" + APPLICATIONS_READ + "|"
            + EVENTS_READ + "|" + WEBHOOKS_MANAGE;

    private PartnerScopes() {
    }
}
