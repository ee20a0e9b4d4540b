package eu.mobilisesme.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full jitter: a random wait between zero and a ceiling that doubles with each attempt, up to the cap. */
class RetryBackoffTest {

    private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(5), Duration.ofHours(1));

    /** A generator that always draws the highest value it may: the ceiling. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return Long.MAX_VALUE;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @ParameterizedTest(name = "after attempt {0}: at most {1} s")
    @CsvSource({ "1, 5", "2, 10", "3, 20", "4, 40", "10, 2560", "11, 3600", "40, 3600", "100, 3600" })
    void theCeilingDoublesUpToTheCap(int attempts, long seconds) {
        assertThat(BACKOFF.after(attempts, HIGHEST)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void theWaitIsSpreadBetweenZeroAndTheCeiling() {
        Random random = new Random(7);
        long shortest = Long.MAX_VALUE;
        long longest = 0;
        for (int i = 0; i < 1000; i++) {
            long wait = BACKOFF.after(3, random).toMillis();
            shortest = Math.min(shortest, wait);
            longest = Math.max(longest, wait);
        }
        assertThat(shortest).isBetween(0L, 1000L);
        assertThat(longest).isBetween(19_000L, 20_000L);
    }

    @Test
    void needsAPositiveBaseAndACapAtLeastAsLong() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
