package eu.mobilisesme.webhook.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.webhook.domain.AttemptResult;
import eu.mobilisesme.webhook.domain.ClaimedDelivery;
import eu.mobilisesme.webhook.domain.OutboundEvent;
import eu.mobilisesme.webhook.domain.RetryBackoff;
import eu.mobilisesme.webhook.domain.WebhookMessage;
import eu.mobilisesme.webhook.domain.WebhookUrl;
import eu.mobilisesme.webhook.persistence.DeliveryQueue;
import eu.mobilisesme.webhook.sender.WebhookSender;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * One round of the dispatcher: claims a batch of due deliveries and sends them side by side, each to an address
 * checked just before, then records each attempt and what follows from it (done, retried later, or failed). Any
 * number of rounds may run at once, in this instance or others: they claim disjoint rows.
 */
@ApplicationScoped
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class);

    private final DeliveryQueue queue;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final int batchSize;
    private final Duration lease;

    WebhookDispatch(DeliveryQueue queue, WebhookTargets targets, Vertx vertx, Clock clock, WebhookConfig config) {
        this.queue = queue;
        this.targets = targets;
        this.clock = clock;
        this.sender = new WebhookSender(vertx, config.connectTimeout(), config.responseTimeout());
        this.backoff = new RetryBackoff(config.retry().base(), config.retry().cap());
        this.batchSize = config.dispatcher().batchSize();
        this.lease = config.dispatcher().lease();
    }

    /** Claims and sends one batch; the number of deliveries claimed (the batch size when more may be due). */
    public Uni<Integer> dispatchOnce() {
        return queue.claim(batchSize, lease).flatMap(claimed -> claimed.isEmpty() ? Uni.createFrom().item(0)
                : Uni.join().all(claimed.stream().map(this::deliverOrLog).toList()).andFailFast()
                        .replaceWith(claimed.size()));
    }

    public int batchSize() {
        return batchSize;
    }

    /** A delivery whose outcome cannot be recorded stays claimed; it is sent again once its lease runs out. */
    private Uni<Void> deliverOrLog(ClaimedDelivery delivery) {
        return deliver(delivery).onFailure().recoverWithUni(failure -> {
            LOG.warnf("Webhook delivery %s: the outcome was not recorded (%s); it will be sent again after its lease",
                    delivery.id(), failure.toString());
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> deliver(ClaimedDelivery delivery) {
        Uni<Boolean> recorded = delivery.refusal().isPresent()
                ? queue.abandon(delivery, delivery.refusal().get())
                : attempt(delivery).flatMap(result -> queue.record(delivery, result,
                        backoff.after(delivery.attempts() + 1, ThreadLocalRandom.current())));
        return recorded.invoke(done -> {
            if (!done) {
                LOG.warnf("Webhook delivery %s outlived its lease; the dispatcher that took it over records it",
                        delivery.id());
            }
        }).replaceWithVoid();
    }

    /**
     * One attempt: the URL must still have an allowed form and lie under the client's prefixes, and every address its
     * host resolves to now must be allowed; then the request goes to the first of them.
     */
    private Uni<AttemptResult> attempt(ClaimedDelivery delivery) {
        long started = System.nanoTime();
        WebhookUrl url;
        try {
            url = targets.parse(delivery.url());
        } catch (BusinessRuleException refused) {
            return refused(refused.getMessage(), started);
        }
        if (!url.isUnderAnyOf(delivery.urlPrefixes())) {
            return refused("The URL is no longer under one of the client's webhook URL prefixes.", started);
        }
        return targets.resolve(url.host())
                .onFailure().recoverWithItem(unresolved -> List.of())
                .flatMap(addresses -> {
                    if (addresses.isEmpty()) {
                        return Uni.createFrom().item(AttemptResult.unanswered(
                                "The host name " + url.host() + " did not resolve.", millisSince(started)));
                    }
                    return targets.refusal(addresses)
                            .map(reason -> refused("Not sent: " + reason + ".", started))
                            .orElseGet(() -> sender.send(url, addresses.get(0), message(delivery)));
                });
    }

    /**
     * The request body: the event's type, when it happened, and its ids and new state, as the contract's
     * {@code webhooks} section describes them; signed with the subscription's secret at this moment.
     */
    private WebhookMessage message(ClaimedDelivery delivery) {
        OutboundEvent event = delivery.event();
        JsonObject data = new JsonObject(new LinkedHashMap<>(event.payload()))
                .put("id", event.id().toString())
                .put("aggregateType", event.aggregateType())
                .put("aggregateId", event.aggregateId().toString());
        byte[] body = new JsonObject()
                .put("type", event.type())
                .put("timestamp", event.occurredAt().toString())
                .put("data", data)
                .encode().getBytes(StandardCharsets.UTF_8);
        return WebhookMessage.signed(delivery.secret(), event.id().toString(), clock.instant().getEpochSecond(), body);
    }

    private static Uni<AttemptResult> refused(String reason, long started) {
        return Uni.createFrom().item(AttemptResult.refused(reason, millisSince(started)));
    }

    private static int millisSince(long started) {
        return (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @PreDestroy
    void close() {
        sender.close();
    }
}
