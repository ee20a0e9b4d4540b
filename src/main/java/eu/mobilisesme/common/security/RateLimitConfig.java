package eu.mobilisesme.common.security;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The request budgets of {@link RateLimitFilter}, per minute, for the whole service.
 * <p>
 * Each instance keeps its buckets in memory and enforces {@link #instances() 1/n} of every limit. Keeping them in
 * PostgreSQL instead would add a write to every request, on the hottest path, against a database the money path
 * needs; and with a round-robin load balancer each of n instances sees about 1/n of a caller's requests anyway, so the
 * division holds the limit across instances. The cost is a small error when the balancing is uneven (a caller pinned
 * to one instance gets 1/n of its limit; spread unevenly, a little more or less), and an instance that restarts
 * forgets what was spent, which gives a caller at most one extra minute's budget.
 */
@ConfigMapping(prefix = "mobilisesme.rate-limit")
public interface RateLimitConfig {

    /** The tier of a partner client whose tier has no limit here (an unknown name). */
    String DEFAULT_TIER = "standard";

    /** Requests a person (one token subject, however many tokens it holds) may make per minute. */
    @WithDefault("600")
    int requestsPerMinute();

    /**
     * Requests per minute of each partner-client tier, by the tier's name; an administrator puts each client in one
     * when registering it. {@value #DEFAULT_TIER} must be one of them.
     */
    Map<String, Integer> tiers();

    /**
     * Requests per minute of one source address without a valid token: anonymous requests and failed authentications
     * alike, so a made-up token buys no budget of its own. Once an address has spent it, its requests are refused
     * before their token's signature is checked.
     */
    @WithDefault("60")
    int unauthenticatedPerMinute();

    /** Instances of the service behind the load balancer: each enforces this fraction of every limit. */
    @WithDefault("1")
    int instances();

    /**
     * Callers whose buckets are kept at once, about 300 bytes each. Beyond it the least useful bucket (by Caffeine's
     * frequency-aware policy, so a flood of new addresses does not push out regular callers) is dropped, which hands
     * that caller a full budget again.
     */
    @WithDefault("50000")
    int maxCallers();
}
