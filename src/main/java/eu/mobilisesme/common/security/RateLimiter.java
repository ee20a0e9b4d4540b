package eu.mobilisesme.common.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A token bucket per caller, in memory: the buckets protect this instance from being flooded, and losing them on a
 * restart costs nothing worse than one fresh minute per caller. Memory is bounded whatever the traffic: at most
 * {@code max-callers} buckets are kept, and a bucket left alone for a minute is dropped, as by then it is full again
 * and a new one is the same.
 * <p>
 * Time is the service's clock, so tests can move it; the buckets' idle time is measured by Caffeine on the system's
 * monotonic clock.
 */
@ApplicationScoped
// Caffeine creates the node class of each cache shape by reflection; quarkus-caffeine registers the common shapes for
// native images, but not this one's (strong keys and values, expiry after access, maximum size).
@RegisterForReflection(classNames = "com.github.benmanes.caffeine.cache.PSAMS")
public class RateLimiter {

    /** A bucket's key and the limit it refills at. */
    public record Caller(String key, int perMinute) {
    }

    /** A full bucket is as good as none, and any bucket is full after a minute. */
    private static final Duration IDLE_BUCKET_LIFETIME = Duration.ofMinutes(1);

    private final Clock clock;
    private final Cache<String, TokenBucket> buckets;

    @Inject
    public RateLimiter(RateLimitConfig config, Clock clock) {
        this(clock, config.maxCallers());
    }

    RateLimiter(Clock clock, int maxCallers) {
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().maximumSize(maxCallers).expireAfterAccess(IDLE_BUCKET_LIFETIME).build();
    }

    /** Counts a request of {@code caller}: whether it may go on, and what is left. */
    public Budget take(Caller caller) {
        long now = clock.millis();
        return buckets.get(caller.key(), key -> new TokenBucket(caller.perMinute(), now))
                .take(caller.perMinute(), now);
    }

    /** Whether {@code caller} could make a request now, counting nothing and keeping no bucket for a new caller. */
    public Budget peek(Caller caller) {
        TokenBucket bucket = buckets.getIfPresent(caller.key());
        return bucket == null ? TokenBucket.full(caller.perMinute()) : bucket.peek(caller.perMinute(), clock.millis());
    }

    /** How many buckets are kept, once pending evictions are done. */
    long callersKept() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
