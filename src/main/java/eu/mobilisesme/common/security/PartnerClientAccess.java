package eu.mobilisesme.common.security;

import java.util.Set;

/**
 * What the registry says about the partner client a request's token names, read once per request and kept on the
 * security identity under {@link #ATTRIBUTE}: the scope and rate-limit filters and the actor all read it from there.
 *
 * @param clientId      the token's subject
 * @param registered    whether an administrator registered this client
 * @param active        whether it may call the API now
 * @param scopes        the scopes it holds that its token also claims
 * @param rateLimitTier the name of its tier in {@code mobilisesme.rate-limit.tiers}
 */
public record PartnerClientAccess(String clientId, boolean registered, boolean active, Set<String> scopes,
        String rateLimitTier) {

    /** The identity attribute holding a partner request's access. */
    public static final String ATTRIBUTE = "mobilisesme.partner-client";

    public PartnerClientAccess {
        scopes = Set.copyOf(scopes);
    }

    public static PartnerClientAccess unregistered(String clientId) {
        return new PartnerClientAccess(clientId, false, false, Set.of(), null);
    }

    /** Whether the client may call the API at all; its scopes then decide which operations. */
    public boolean mayCall() {
        return registered && active;
    }
}
