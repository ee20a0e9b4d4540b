package eu.mobilisesme.webhook.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import eu.mobilisesme.common.service.BackgroundLoop;
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

    private final WebhookConfig.Dispatcher config;
    private final BackgroundLoop loop;

    WebhookDispatcher(WebhookDispatch dispatch, Vertx vertx, WebhookConfig config) {
        this.config = config.dispatcher();
        this.loop = new BackgroundLoop(vertx, () -> dispatch.dispatchOnce().map(claimed ->
                claimed == dispatch.batchSize() ? Duration.ZERO : this.config.pollInterval()), this::afterFailure);
    }

    void start(@Observes StartupEvent start) {
        if (config.enabled()) {
            loop.start();
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        loop.stop();
    }

    private Duration afterFailure(Throwable failure) {
        Duration wait = AFTER_FAILURE.compareTo(config.pollInterval()) > 0 ? AFTER_FAILURE : config.pollInterval();
        if (loop.isRunning()) {
            LOG.warnf("Webhook dispatch round failed; next one in %s: %s", wait, failure);
        }
        return wait;
    }
}
