package eu.mobilisesme.common.service;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Work that runs in rounds in the background, from {@link #start()} to {@link #stop()}: one round at a time, each
 * telling when the next one is due, or, when it fails, {@code afterFailure} does (so that an unreachable database
 * never turns into a busy loop of errors).
 */
public final class BackgroundLoop {

    private final Vertx vertx;
    private final Supplier<Uni<Duration>> round;
    private final Function<Throwable, Duration> afterFailure;
    private volatile boolean running;
    private volatile long timer = -1;

    public BackgroundLoop(Vertx vertx, Supplier<Uni<Duration>> round, Function<Throwable, Duration> afterFailure) {
        this.vertx = vertx;
        this.round = round;
        this.afterFailure = afterFailure;
    }

    /** Runs the first round at once. */
    public void start() {
        running = true;
        next(Duration.ZERO);
    }

    public void stop() {
        running = false;
        vertx.cancelTimer(timer);
    }

    /** False once stopped: a round failing then is the shutdown, not a fault to report. */
    public boolean isRunning() {
        return running;
    }

    private void next(Duration delay) {
        if (running) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), fired -> round.get().subscribe()
                    .with(this::next, failure -> next(afterFailure.apply(failure))));
        }
    }
}
