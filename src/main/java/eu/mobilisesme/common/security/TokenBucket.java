package eu.mobilisesme.common.security;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One caller's budget: a bucket that holds up to a minute's worth of requests and refills continuously at the
 * caller's rate per minute, so a caller may spend its whole minute at once but never more than that plus what trickles
 * back. The limit is passed on each call rather than kept, so a partner client moved to another tier gets the new one
 * on its next request.
 * <p>
 * Event-loop threads share a bucket: its state is an immutable value swapped by compare-and-set, so no thread ever
 * waits for another (a failed swap recomputes from the newer state). Tokens are counted in whole units, one token
 * being {@link #UNITS_PER_TOKEN} units and the refill {@code perMinute} units a millisecond, so the arithmetic is
 * exact and two requests never disagree by a rounding error.
 */
final class TokenBucket {

    /** A minute in milliseconds: refilling {@code perMinute} units a millisecond gives {@code perMinute} tokens a minute. */
    static final long UNITS_PER_TOKEN = 60_000;

    /**
     * @param units       what the bucket held at {@code stampMillis}
     * @param stampMillis when it was last counted
     */
    private record State(long units, long stampMillis) {
    }

    private final AtomicReference<State> state;

    /** A full bucket: a caller's first request finds its whole minute available. */
    TokenBucket(int perMinute, long nowMillis) {
        state = new AtomicReference<>(new State(capacity(perMinute), nowMillis));
    }

    /** Takes one request's token if there is one, and says what is left. */
    Budget take(int perMinute, long nowMillis) {
        while (true) {
            State current = state.get();
            long units = refilled(current, perMinute, nowMillis);
            boolean allowed = units >= UNITS_PER_TOKEN;
            long left = allowed ? units - UNITS_PER_TOKEN : units;
            // A refused request is written too: it moves the stamp, which must follow a clock that stepped back.
            if (state.compareAndSet(current, new State(left, nowMillis))) {
                return budget(left, perMinute, allowed);
            }
        }
    }

    /** What the bucket holds now, taking nothing: whether a request would be allowed. */
    Budget peek(int perMinute, long nowMillis) {
        long units = refilled(state.get(), perMinute, nowMillis);
        return budget(units, perMinute, units >= UNITS_PER_TOKEN);
    }

    /** The budget of a caller the limiter holds no bucket for: a full one. */
    static Budget full(int perMinute) {
        return budget(capacity(perMinute), perMinute, true);
    }

    /**
     * A clock that stepped back refills nothing (and the new stamp takes the earlier time, so the bucket does not wait
     * for the clock to catch up). A minute refills any bucket, which also keeps the product far from overflowing.
     * Two threads may read the clock a millisecond apart and both credit that millisecond: far less than a token.
     */
    private static long refilled(State state, int perMinute, long nowMillis) {
        long elapsed = Math.min(Math.max(0, nowMillis - state.stampMillis()), UNITS_PER_TOKEN);
        return Math.min(capacity(perMinute), state.units() + elapsed * perMinute);
    }

    private static long capacity(int perMinute) {
        return perMinute * UNITS_PER_TOKEN;
    }

    private static Budget budget(long units, int perMinute, boolean allowed) {
        long untilFull = secondsToRefill(capacity(perMinute) - units, perMinute);
        long untilNext = allowed ? 0 : secondsToRefill(UNITS_PER_TOKEN - units, perMinute);
        return new Budget(perMinute, (int) (units / UNITS_PER_TOKEN), untilFull, untilNext, allowed);
    }

    /** Whole seconds (rounded up) until {@code missing} units are back. */
    private static long secondsToRefill(long missing, int perMinute) {
        long millis = (missing + perMinute - 1) / perMinute;
        return (millis + 999) / 1000;
    }
}
