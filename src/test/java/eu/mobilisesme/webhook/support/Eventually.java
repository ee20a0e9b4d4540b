package eu.mobilisesme.webhook.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what a background dispatcher does, by asking again until the answer is right or a deadline passes. */
public final class Eventually {

    /** Long enough for a busy, shared machine; a passing test waits only as long as the dispatcher takes. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Duration PAUSE = Duration.ofMillis(50);

    private Eventually() {
    }

    /** The first value of {@code read} that {@code done} accepts; fails with the last one after the deadline. */
    public static <T> T until(Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not done after " + DEADLINE + ": " + value);
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting", e);
            }
            value = read.get();
        }
        return value;
    }
}
