package eu.mobilisesme.common.security;

import java.time.Clock;
import java.util.Map;
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

    /**
     * What is left of a caller's budget after counting a request.
     *
     * @param limit        requests per window
     * @param remaining    requests left in this window, after this one
     * @param resetSeconds seconds until the window ends and the budget is whole again
     * @param allowed      whether this request is within the budget
     */
    public record Budget(int limit, int remaining, long resetSeconds, boolean allowed) {
    }

    /** Counts a request of {@code caller} and says whether it may go on and what is left. */
    public Budget acquire(String caller) {
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
        long resetSeconds = Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
        return new Budget(limit, Math.max(0, limit - count), resetSeconds, count <= limit);
    }
}
