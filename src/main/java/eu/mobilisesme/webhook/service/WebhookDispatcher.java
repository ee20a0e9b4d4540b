package eu.mobilisesme.webhook.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Sends due webhooks in the background, from application start to shutdown (unless
 * {@code mobilisesme.webhooks.dispatcher.enabled} is false): a round every poll interval, and the next one at once
 * while rounds come back full. One round runs at a time in an instance; instances share the work through the queue.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** After a failed round (the database unreachable, say), wait at least this long: no busy loop of errors. */
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final WebhookDispatch dispatch;
    private final Vertx vertx;
    private final WebhookConfig.Dispatcher config;
    private volatile boolean running;
    private volatile long timer = -1;

    WebhookDispatcher(WebhookDispatch dispatch, Vertx vertx, WebhookConfig config) {
        this.dispatch = dispatch;
        this.vertx = vertx;
        this.config = config.dispatcher();
    }

    void start(@Observes StartupEvent start) {
        if (config.enabled()) {
            running = true;
            next(Duration.ZERO);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        vertx.cancelTimer(timer);
    }

    private void next(Duration delay) {
        if (running) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), fired -> round());
        }
    }

    private void round() {
        dispatch.dispatchOnce().subscribe().with(
                claimed -> next(claimed == dispatch.batchSize() ? Duration.ZERO : config.pollInterval()),
                failure -> {
                    if (running) {
                        LOG.warnf("Webhook dispatch round failed; next one in %s: %s", AFTER_FAILURE, failure);
                    }
                    next(AFTER_FAILURE.compareTo(config.pollInterval()) > 0 ? AFTER_FAILURE : config.pollInterval());
                });
    }
}
