package eu.mobilisesme.common.config;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.security.RateLimitConfig;
import eu.mobilisesme.common.security.TokenCacheConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * The settings that have no default in production. Mapping them makes the service refuse to start without one,
 * before anything else runs, with a message naming the environment variable to set ({@code SRCFG00011: Could not
 * expand value DB_PASSWORD ...}); read only through the framework, they would fail later or without naming it.
 * The cursor signing key is mapped by {@code CursorConfig}. Settings with bounds are checked here too, at start.
 */
@Startup
@ApplicationScoped
public class RequiredSettings {

    /** {@code DB_PASSWORD}. */
    @ConfigMapping(prefix = "quarkus.datasource")
    public interface Database {
        String password();
    }

    /**
     * {@code JWT_VERIFY_KEY_LOCATION}: a PEM file or the identity provider's JWKS URL. The other keys of the namespace
     * (an inline key, the algorithm) are mapped too, as a mapping must cover its whole namespace.
     */
    @ConfigMapping(prefix = "mp.jwt.verify.publickey")
    public interface TokenVerification {
        String location();

        @WithParentName
        Optional<String> inlineKey();

        Optional<String> algorithm();
    }

    RequiredSettings(Database database, TokenVerification tokenVerification, RateLimitConfig rateLimit,
            TokenCacheConfig tokenCache) {
        // Injecting the mappings is what makes the start fail without them. The bounds are checked here rather than
        // with Bean Validation annotations on the mappings, which would make Quarkus validate every configuration
        // class of every extension at start (about a tenth of the start time).
        requireWithin("RATE_LIMIT_PER_MINUTE", rateLimit.requestsPerMinute(), 1, 1_000_000);
        requireRateLimitTiers(rateLimit);
        requireWithin("RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE", rateLimit.unauthenticatedPerMinute(), 1, 1_000_000);
        requireWithin("RATE_LIMIT_INSTANCES", rateLimit.instances(), 1, 1_000);
        requireWithin("RATE_LIMIT_MAX_CALLERS", rateLimit.maxCallers(), 1, 10_000_000);
        requireWithin("JWT_CACHE_MAX_SIZE", tokenCache.maxSize(), 1, 1_000_000);
    }

    /** The default tier must exist, as clients in a tier without a limit get its limit. */
    private static void requireRateLimitTiers(RateLimitConfig rateLimit) {
        if (!rateLimit.tiers().containsKey(RateLimitConfig.DEFAULT_TIER)) {
            throw new IllegalStateException("RATE_LIMIT_TIER_" + RateLimitConfig.DEFAULT_TIER.toUpperCase(Locale.ROOT)
                    + " must be set");
        }
        rateLimit.tiers().forEach((tier, perMinute) -> requireWithin("mobilisesme.rate-limit.tiers." + tier,
                perMinute, 1, 1_000_000));
    }

    private static void requireWithin(String variable, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalStateException(variable + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
