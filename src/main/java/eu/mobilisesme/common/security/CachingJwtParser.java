package eu.mobilisesme.common.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each bearer token once while it stays valid, rather than on every request. Quarkus's validator turns the
 * token into an identity with {@link JWTParser#parse(String)}; this decorator answers that call from
 * {@link VerifiedTokenCache} when the very same token was verified before, and otherwise lets the verifier do every
 * check it does and stores only what it accepted. A refused token throws as before and is not remembered. The other
 * methods (verification with another key or settings) are not decorated and always verify.
 */
@Decorator
@Priority(1)
public abstract class CachingJwtParser implements JWTParser {

    private final JWTParser verifier;
    private final VerifiedTokenCache cache;
    private final boolean enabled;

    @Inject
    protected CachingJwtParser(@Delegate @Any JWTParser verifier, VerifiedTokenCache cache, TokenCacheConfig config) {
        this.verifier = verifier;
        this.cache = cache;
        this.enabled = config.enabled();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!enabled) {
            return verifier.parse(token);
        }
        JsonWebToken known = cache.find(token);
        if (known != null) {
            return known;
        }
        JsonWebToken verified = verifier.parse(token);
        cache.store(token, verified);
        return verified;
    }
}
