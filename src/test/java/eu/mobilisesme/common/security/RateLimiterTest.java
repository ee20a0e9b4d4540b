package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.security.RateLimiter.Caller;

/** The buckets of all callers: one each, on the service's clock, and never more than the configured number. */
class RateLimiterTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2027-01-11T08:00:00Z"));

    @Test
    void eachCallerHasABucketOfItsOwn() {
        RateLimiter limiter = new RateLimiter(clock, 100);
        Caller alice = new Caller("subject:alice", 2);
        limiter.take(alice);
        limiter.take(alice);

        assertThat(limiter.take(alice)).isEqualTo(new Budget(2, 0, 60, 30, false));
        assertThat(limiter.take(new Caller("subject:bob", 2))).isEqualTo(new Budget(2, 1, 30, 0, true));
        clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.take(alice).allowed()).as("refilled on the service's clock").isTrue();
    }

    @Test
    void peekingAtANewCallerKeepsNoBucketForIt() {
        RateLimiter limiter = new RateLimiter(clock, 100);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.peek(new Caller("address:198.51.100." + i, 60))).isEqualTo(new Budget(60, 60, 0, 0, true));
        }
        assertThat(limiter.callersKept()).isZero();
    }

    @Test
    void memoryStaysBoundedHoweverManyCallersCome() {
        int maxCallers = 1_000;
        RateLimiter limiter = new RateLimiter(clock, maxCallers);
        for (int i = 0; i < 50 * maxCallers; i++) {
            limiter.take(new Caller("address:junk-" + i, 60));
        }
        assertThat(limiter.callersKept()).isLessThanOrEqualTo(maxCallers);
    }
}
