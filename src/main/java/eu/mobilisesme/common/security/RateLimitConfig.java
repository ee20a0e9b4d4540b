package eu.mobilisesme.common.security;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "mobilisesme.rate-limit")
public interface RateLimitConfig {

    /**
     * Requests one credential (or, without one, one address) may make per minute on one instance; the bounds are the
     * ones the contract gives for {@code RateLimit-Limit}.
     */
    @WithDefault("600")
    int requestsPerMinute();

    /**
     * Requests per minute of each partner-client tier, by the tier's name; an administrator puts each client in one
     * when registering it.
     */
    Map<String, Integer> tiers();
}
