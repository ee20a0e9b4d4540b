package eu.mobilisesme.webhook.domain;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: before attempt n + 1, wait a random time between zero and
 * {@code min(cap, base * 2^(n-1))}. The jitter spreads the retries of many deliveries that failed together (a
 * receiver that was down) instead of sending them all back at once.
 */
public record RetryBackoff(Duration base, Duration cap) {

    public RetryBackoff {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("The retry base must be positive and the cap at least the base");
        }
    }

    /** The wait after the {@code attempts}-th attempt failed (1 for the first). */
    public Duration after(int attempts, RandomGenerator random) {
        long baseMillis = base.toMillis();
        long capMillis = cap.toMillis();
        int doublings = Math.max(0, attempts - 1);
        long ceiling = doublings >= 62 || baseMillis > capMillis >> doublings ? capMillis : baseMillis << doublings;
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }
}
