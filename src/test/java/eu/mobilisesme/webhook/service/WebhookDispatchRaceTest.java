package eu.mobilisesme.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.webhook.support.Eventually;
import eu.mobilisesme.webhook.support.Receiver;
import eu.mobilisesme.webhook.support.Webhooks;
import eu.mobilisesme.webhook.support.Webhooks.Client;
import eu.mobilisesme.webhook.support.Webhooks.Subscription;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several dispatchers on one database, as several service instances would run them: they never send the same
 * delivery at once, and a delivery whose dispatcher died while sending it is sent again once its lease runs out.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class WebhookDispatchRaceTest {

    private static final int EVENTS = 60;

    @Inject
    WebhookDispatch dispatch;

    @AfterEach
    void retireClients() {
        Webhooks.retireClients();
    }

    /**
     * Two rounds of claim-and-send run side by side, over and over, on 60 due deliveries, while the application's own
     * dispatcher runs too: the receiver gets each webhook-id once, and each delivery took one attempt.
     */
    @Test
    void dispatchersRunningAtOnceSendEachEventOnce() throws Exception {
        try (Receiver receiver = Receiver.local()) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_UPDATED);
            Sql.update("insert into domain_event (id, type, aggregate_type, aggregate_id, occurred_at, payload, "
                    + "required_scope, audience) select gen_random_uuid(), 'sme.updated', 'sme', gen_random_uuid(), "
                    + "now(), '{\"status\": \"VERIFIED\"}', 'catalogue:read', array[?]::varchar[] "
                    + "from generate_series(1, ?)", client.id(), EVENTS);

            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Void>> racers = List.of(racer(start, receiver), racer(start, receiver));
            CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).get();

            List<Map<String, Object>> deliveries = Eventually.until(() -> Webhooks.deliveries(client, subscription),
                    all -> all.stream().allMatch(delivery -> "SUCCEEDED".equals(delivery.get("status"))));
            assertThat(deliveries).hasSize(EVENTS)
                    .allSatisfy(delivery -> assertThat((List<?>) delivery.get("attempts")).hasSize(1));
            Map<String, Long> received = receiver.ids().stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(received).hasSize(EVENTS);
            assertThat(received.values()).allMatch(times -> times == 1);
        }
    }

    /**
     * A dispatcher claimed the delivery and died before recording anything: the row is SENDING with a lease that
     * runs out half a second later. Then it is due again, and sent once.
     */
    @Test
    void aDeliveryWhoseDispatcherDiedIsSentAgainOnceItsLeaseRunsOut() {
        try (Receiver receiver = Receiver.local()) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_UPDATED);
            UUID event = UUID.randomUUID();
            // One transaction: no dispatcher ever sees the delivery as merely pending.
            Sql.update("do $$ begin "
                    + "insert into domain_event (id, type, aggregate_type, aggregate_id, occurred_at, payload, "
                    + "required_scope, audience) values ('" + event + "', 'sme.updated', 'sme', gen_random_uuid(), "
                    + "now(), '{}', 'catalogue:read', array['" + client.id() + "']::varchar[]); "
                    + "update webhook_delivery set status = 'SENDING', "
                    + "lease_until = clock_timestamp() + interval '500 milliseconds' where event_id = '" + event + "'; "
                    + "end $$");

            Map<String, Object> delivery = Webhooks.finished(client, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("SUCCEEDED");
            assertThat((List<?>) delivery.get("attempts")).hasSize(1);
            assertThat(receiver.ids()).containsExactly(event.toString());
        }
    }

    /** Claims and sends rounds until every event reached the receiver (or the deadline passed). */
    private CompletableFuture<Void> racer(CyclicBarrier start, Receiver receiver) {
        return CompletableFuture.runAsync(() -> {
            await(start);
            long deadline = System.nanoTime() + Eventually.DEADLINE.toNanos();
            while (receiver.ids().stream().distinct().count() < EVENTS && System.nanoTime() < deadline) {
                dispatch.dispatchOnce().await().atMost(Duration.ofSeconds(30));
            }
        });
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
