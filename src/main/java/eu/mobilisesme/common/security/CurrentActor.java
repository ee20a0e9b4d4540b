package eu.mobilisesme.common.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import eu.mobilisesme.common.domain.Actor;

/** The actor of the current request, read from its verified JWT. */
@RequestScoped
public class CurrentActor {

    static final String SME_CLAIM = "sme_id";
    static final String FACILITATOR_CLAIM = "facilitator_id";
    static final String SCOPE_CLAIM = "scope";

    private final JsonWebToken token;

    public CurrentActor(JsonWebToken token) {
        this.token = token;
    }

    public Actor get() {
        return actorOf(token);
    }

    /** A malformed organisation claim counts as absent: it then grants nothing, rather than failing the request. */
    static Actor actorOf(JsonWebToken token) {
        return new Actor(token.getSubject(), token.getGroups(), uuidClaim(token, SME_CLAIM),
                uuidClaim(token, FACILITATOR_CLAIM), scopes(token));
    }

    private static Optional<UUID> uuidClaim(JsonWebToken token, String name) {
        Optional<String> value = Optional.ofNullable(token.<Object>getClaim(name)).map(Object::toString);
        try {
            return value.map(UUID::fromString);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Set<String> scopes(JsonWebToken token) {
        Object scope = token.getClaim(SCOPE_CLAIM);
        if (scope == null) {
            return Set.of();
        }
        return Arrays.stream(scope.toString().split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }
}
