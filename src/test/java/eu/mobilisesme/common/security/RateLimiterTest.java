package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant TWENTY_SECONDS_INTO_A_MINUTE = Instant.parse("2026-11-29T10:00:20Z");

    @Test
    void allowsTheBudgetThenSaysWhenToRetry() {
        RateLimiter limiter = new RateLimiter(Clock.fixed(TWENTY_SECONDS_INTO_A_MINUTE, ZoneOffset.UTC), 3);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(40));
        assertThat(limiter.acquire("b")).as("another caller has its own budget").isEmpty();
    }

    @Test
    void aNewMinuteStartsAFreshBudget() {
        MutableClock clock = new MutableClock(TWENTY_SECONDS_INTO_A_MINUTE);
        RateLimiter limiter = new RateLimiter(clock, 1);
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isPresent();
        clock.now = TWENTY_SECONDS_INTO_A_MINUTE.plusSeconds(60);
        assertThat(limiter.acquire("a")).isEmpty();
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
