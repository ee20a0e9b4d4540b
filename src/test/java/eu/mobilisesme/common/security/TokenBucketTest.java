package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** One bucket on times the test gives: what it allows, what it tells, how it refills. */
class TokenBucketTest {

    private static final long T0 = 1_800_000_000_000L;

    @Test
    void aNewCallerMaySpendItsWholeMinuteAtOnceAndIsThenToldWhenToRetry() {
        TokenBucket bucket = new TokenBucket(5, T0);
        for (int remaining = 4; remaining >= 0; remaining--) {
            assertThat(bucket.take(5, T0)).isEqualTo(new Budget(5, remaining, (5 - remaining) * 12, 0, true));
        }
        assertThat(bucket.take(5, T0)).as("5 a minute: one request's worth is back every 12 seconds")
                .isEqualTo(new Budget(5, 0, 60, 12, false));
    }

    @Test
    void theBucketRefillsContinuouslyAtTheRatePerMinute() {
        TokenBucket bucket = new TokenBucket(5, T0);
        for (int i = 0; i < 5; i++) {
            bucket.take(5, T0);
        }
        assertThat(bucket.take(5, T0 + 11_999)).as("not quite one token back")
                .isEqualTo(new Budget(5, 0, 49, 1, false));
        assertThat(bucket.take(5, T0 + 12_000).allowed()).isTrue();
        assertThat(bucket.take(5, T0 + 12_000).allowed()).isFalse();
        assertThat(bucket.peek(5, T0 + 36_000)).as("two more tokens 24 seconds later")
                .isEqualTo(new Budget(5, 2, 36, 0, true));
    }

    @Test
    void anIdleBucketHoldsAMinuteAtMost() {
        TokenBucket bucket = new TokenBucket(5, T0);
        bucket.take(5, T0);
        assertThat(bucket.peek(5, T0 + 3_600_000)).isEqualTo(new Budget(5, 5, 0, 0, true));
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(5, T0 + 3_600_000).allowed()).isTrue();
        }
        assertThat(bucket.take(5, T0 + 3_600_000).allowed()).as("an hour off buys no more than a minute").isFalse();
    }

    @Test
    void refusedRequestsSpendNothingAndDelayNothing() {
        TokenBucket bucket = new TokenBucket(1, T0);
        bucket.take(1, T0);
        for (long t = T0; t < T0 + 60_000; t += 5_000) {
            assertThat(bucket.take(1, t).allowed()).isFalse();
        }
        assertThat(bucket.take(1, T0 + 60_000).allowed()).as("a minute after its last allowed request").isTrue();
    }

    @Test
    void peekingTakesNothing() {
        TokenBucket bucket = new TokenBucket(2, T0);
        bucket.take(2, T0);
        assertThat(bucket.peek(2, T0)).isEqualTo(new Budget(2, 1, 30, 0, true));
        assertThat(bucket.peek(2, T0)).isEqualTo(new Budget(2, 1, 30, 0, true));
        bucket.take(2, T0);
        assertThat(bucket.peek(2, T0)).isEqualTo(new Budget(2, 0, 60, 30, false));
    }

    @Test
    void aNewLimitAppliesFromTheNextRequest() {
        TokenBucket bucket = new TokenBucket(600, T0);
        assertThat(bucket.take(5, T0)).as("moved to a smaller tier: the bucket holds that tier's minute at most")
                .isEqualTo(new Budget(5, 4, 12, 0, true));
        assertThat(bucket.take(600, T0 + 100)).as("and refills at the larger tier's rate when moved back")
                .isEqualTo(new Budget(600, 4, 60, 0, true));
    }

    @Test
    void aClockThatStepsBackRefillsNothingAndLocksNobodyOut() {
        TokenBucket bucket = new TokenBucket(1, T0);
        bucket.take(1, T0);
        assertThat(bucket.take(1, T0 - 3_600_000).allowed()).as("an hour back: nothing refilled").isFalse();
        assertThat(bucket.take(1, T0 - 3_600_000 + 60_000).allowed())
                .as("a minute later on the new time, not an hour and a minute").isTrue();
    }

    @Test
    void concurrentRequestsSpendEachTokenOnce() throws Exception {
        int threads = 8;
        int perThread = 500;
        int perMinute = 1_000;
        TokenBucket bucket = new TokenBucket(perMinute, T0);
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        if (bucket.take(perMinute, T0).allowed()) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(allowed).as("4000 requests at one instant against a bucket of 1000").hasValue(perMinute);
        assertThat(bucket.peek(perMinute, T0).remaining()).isZero();
    }
}
