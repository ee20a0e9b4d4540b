package eu.mobilisesme.common.security;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A fixed one-minute window per caller. The counters live in memory on purpose: they protect one instance from being
 * flooded, and losing them on restart costs nothing. Only the current window is kept, so memory stays bounded by the
 * callers of the last minute.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long minute, Map<String, AtomicInteger> counts) {
    }

    private final Clock clock;
    private final int limit;
    private volatile Window window = new Window(-1, Map.of());

    @Inject
    public RateLimiter(RateLimitConfig config, Clock clock) {
        this(clock, config.requestsPerMinute());
    }

    RateLimiter(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts a request of {@code caller}; empty when it may go on, else the seconds until it may retry. */
    public OptionalLong acquire(String caller) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window current = window;
        if (current.minute() != minute) {
            synchronized (this) {
                if (window.minute() != minute) {
                    window = new Window(minute, new ConcurrentHashMap<>());
                }
                current = window;
            }
        }
        int count = current.counts().computeIfAbsent(caller, key -> new AtomicInteger()).incrementAndGet();
        if (count <= limit) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000));
    }
}
