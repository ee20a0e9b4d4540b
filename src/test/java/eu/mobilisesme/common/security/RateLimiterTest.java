package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant TWENTY_SECONDS_INTO_A_MINUTE = Instant.parse("2026-11-29T10:00:20Z");

    @Test
    void allowsTheBudgetThenSaysWhenToRetry() {
        RateLimiter limiter = new RateLimiter(Clock.fixed(TWENTY_SECONDS_INTO_A_MINUTE, ZoneOffset.UTC), 3);
        assertThat(limiter.acquire("a")).isEqualTo(new RateLimiter.Budget(3, 2, 40, true));
        assertThat(limiter.acquire("a")).isEqualTo(new RateLimiter.Budget(3, 1, 40, true));
        assertThat(limiter.acquire("a")).isEqualTo(new RateLimiter.Budget(3, 0, 40, true));
        assertThat(limiter.acquire("a")).as("over budget: retry when the minute ends")
                .isEqualTo(new RateLimiter.Budget(3, 0, 40, false));
        assertThat(limiter.acquire("b").allowed()).as("another caller has its own budget").isTrue();
    }

    @Test
    void aNewMinuteStartsAFreshBudget() {
        MutableClock clock = new MutableClock(TWENTY_SECONDS_INTO_A_MINUTE);
        RateLimiter limiter = new RateLimiter(clock, 1);
        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
        clock.now = TWENTY_SECONDS_INTO_A_MINUTE.plusSeconds(60);
        assertThat(limiter.acquire("a")).isEqualTo(new RateLimiter.Budget(1, 0, 40, true));
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
