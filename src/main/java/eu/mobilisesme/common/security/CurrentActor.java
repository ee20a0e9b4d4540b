package eu.mobilisesme.common.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import eu.mobilisesme.common.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;

/** The actor of the current request, read from its verified JWT and, for partner clients, from their registration. */
@RequestScoped
public class CurrentActor {

    static final String SME_CLAIM = "sme_id";
    static final String FACILITATOR_CLAIM = "facilitator_id";
    static final String SCOPE_CLAIM = "scope";

    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor get() {
        return actorOf(identity);
    }

    /**
     * A malformed organisation claim counts as absent: it then grants nothing, rather than failing the request. A
     * partner's scopes are those its registration and its token both grant; an unregistered client has none.
     */
    static Actor actorOf(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return new Actor(null, Set.of(), Optional.empty(), Optional.empty(), Set.of());
        }
        PartnerClientAccess partner = identity.getAttribute(PartnerClientAccess.ATTRIBUTE);
        Set<String> scopes = partner == null ? Set.of() : partner.mayCall() ? partner.scopes() : Set.of();
        return new Actor(token.getSubject(), token.getGroups(), uuidClaim(token, SME_CLAIM),
                uuidClaim(token, FACILITATOR_CLAIM), scopes);
    }

    /** The scopes a token claims, in its space-separated {@code scope} claim (RFC 8693 section 4.2). */
    public static Set<String> claimedScopes(JsonWebToken token) {
        Object scope = token.getClaim(SCOPE_CLAIM);
        if (scope == null) {
            return Set.of();
        }
        return Arrays.stream(scope.toString().split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    private static Optional<UUID> uuidClaim(JsonWebToken token, String name) {
        Optional<String> value = Optional.ofNullable(token.<Object>getClaim(name)).map(Object::toString);
        try {
            return value.map(UUID::fromString);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
