package eu.mobilisesme.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import eu.mobilisesme.webhook.support.Eventually;
import eu.mobilisesme.webhook.support.Receiver;
import eu.mobilisesme.webhook.support.Receiver.Received;
import eu.mobilisesme.webhook.support.Webhooks;
import eu.mobilisesme.webhook.support.Webhooks.Client;
import eu.mobilisesme.webhook.support.Webhooks.Subscription;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The background dispatcher, end to end: events written to the outbox reach a real HTTP receiver on this machine,
 * signed so that the receiver can verify them with the secret it was given; retried on 5xx and timeouts, not on other
 * 4xx; never sent to a private address, even when the address changed after subscribing; in order per aggregate;
 * again on request; and no more once the subscription is deleted or the client deactivated.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void retireClients() {
        Webhooks.retireClients();
    }

    @Test
    void eachDeliveryIsSignedSoTheReceiverCanVerifyIt() throws Exception {
        try (Receiver receiver = Receiver.local()) {
            Client client = Webhooks.client(receiver.base() + "/hooks");
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/hooks/in?portal=1",
                    EventType.SME_VERIFIED);
            UUID sme = UUID.randomUUID();
            Webhooks.event(client, EventType.SME_UPDATED, sme);
            UUID verified = Webhooks.event(client, EventType.SME_VERIFIED, sme);

            Map<String, Object> delivery = Webhooks.finished(client, subscription, verified);
            assertThat(delivery.get("status")).isEqualTo("SUCCEEDED");
            assertThat(delivery.get("lastStatusCode")).isEqualTo(200);
            assertThat(delivery.get("completedAt")).isNotNull();
            assertThat(attempts(delivery)).singleElement().satisfies(attempt ->
                    assertThat(attempt).containsEntry("attempt", 1).containsEntry("statusCode", 200));

            assertThat(receiver.received()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo("/hooks/in?portal=1");
                assertThat(request.contentType()).isEqualTo("application/json");
                assertThat(request.id()).isEqualTo(verified.toString());
                assertThat(request.signature()).isEqualTo(expectedSignature(subscription.secret(), request));
            });
            JsonNode body = JSON.readTree(receiver.received().get(0).body());
            assertThat(body.get("type").asText()).isEqualTo("sme.verified");
            assertThat(Instant.parse(body.get("timestamp").asText())).isNotNull();
            assertThat(body.get("data").get("id").asText()).isEqualTo(verified.toString());
            assertThat(body.get("data").get("aggregateType").asText()).isEqualTo("sme");
            assertThat(body.get("data").get("aggregateId").asText()).isEqualTo(sme.toString());
            assertThat(body.get("data").get("status").asText()).isEqualTo("VERIFIED");
            // Only the subscribed type: the update went nowhere.
            assertThat(Webhooks.deliveries(client, subscription)).hasSize(1);
        }
    }

    /** The whole way: a use case records its event in its own transaction, and the partner concerned hears of it. */
    @Test
    void aCompanyThePartnerImportsReachesItsWebhook() throws Exception {
        try (Receiver receiver = Receiver.local()) {
            Client client = Webhooks.clientWithScopes(Webhooks.SCOPES + " smes:write", receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_REGISTERED);
            String sme = Api.as(client.token()).body(Smes.italian("Webhook import " + UUID.randomUUID()))
                    .put(Smes.IMPORTS + "/ref-" + UUID.randomUUID())
                    .then().statusCode(201).extract().path("id");

            Received request = Eventually.until(receiver::received, received -> !received.isEmpty()).get(0);
            assertThat(request.signature()).isEqualTo(expectedSignature(subscription.secret(), request));
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.get("type").asText()).isEqualTo("sme.registered");
            assertThat(body.get("data").get("id").asText()).isEqualTo(request.id());
            assertThat(body.get("data").get("aggregateId").asText()).isEqualTo(sme);
            assertThat(body.get("data").get("smeId").asText()).isEqualTo(sme);
            assertThat(body.get("data").get("status").asText()).isNotBlank();
            assertThat(Webhooks.finished(client, subscription, UUID.fromString(request.id())).get("status"))
                    .isEqualTo("SUCCEEDED");
        }
    }

    @Test
    void aReceiverAnswering500IsRetriedUntilItAnswers200() {
        try (Receiver receiver = Receiver.local().answering(500)) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_VERIFIED);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());

            Map<String, Object> delivery = Webhooks.finished(client, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("SUCCEEDED");
            assertThat(attempts(delivery)).extracting(attempt -> attempt.get("statusCode")).containsExactly(500, 200);
            assertThat(receiver.ids()).containsExactly(event.toString(), event.toString());
            assertThat(receiver.received()).allSatisfy(request ->
                    assertThat(request.signature()).isEqualTo(expectedSignature(subscription.secret(), request)));
        }
    }

    @Test
    void aReceiverAnswering400IsNotRetried() {
        try (Receiver receiver = Receiver.local().answering(400)) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_VERIFIED);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());

            Map<String, Object> delivery = Webhooks.finished(client, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("FAILED");
            assertThat(delivery.get("lastStatusCode")).isEqualTo(400);
            assertThat(delivery.get("nextAttemptAt")).isNull();
            assertThat(attempts(delivery)).extracting(attempt -> attempt.get("statusCode")).containsExactly(400);
            assertThat(receiver.ids()).containsExactly(event.toString());
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsRetried() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (Receiver receiver = Receiver.local().answeringWith(request -> {
            awaitQuietly(release);
            return 200;
        })) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_VERIFIED);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());

            Map<String, Object> delivery = Webhooks.finished(client, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("SUCCEEDED");
            List<Map<String, Object>> attempts = attempts(delivery);
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0).get("statusCode")).isNull();
            assertThat((String) attempts.get(0).get("error")).isEqualTo("No answer within 1000 ms.");
            assertThat(attempts.get(1).get("statusCode")).isEqualTo(200);
        } finally {
            release.countDown();
        }
    }

    /**
     * The subscription is written as it would be had DNS pointed its host at a public address when the partner
     * subscribed; now the URL leads to 127.0.0.2, which the tests do not allow (only 127.0.0.1). A receiver listens
     * there and gets nothing.
     */
    @Test
    void nothingIsSentToAPrivateAddressEvenWhenItChangedAfterSubscribing() {
        try (Receiver receiver = Receiver.on("127.0.0.2")) {
            Client client = Webhooks.client(receiver.base() + "/");
            UUID subscriptionId = UUID.randomUUID();
            Sql.update("insert into webhook_subscription (id, client_id, url, event_types, secret, active, version, "
                    + "created_at, created_by, updated_at, updated_by) values (?, ?, ?, '{sme.verified}', "
                    + "'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', true, 0, now(), 'test', now(), 'test')",
                    subscriptionId, client.id(), receiver.base() + "/in");
            Subscription subscription = new Subscription(subscriptionId, null);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());

            Map<String, Object> delivery = Webhooks.finished(client, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("FAILED");
            assertThat(delivery.get("lastStatusCode")).isNull();
            assertThat((String) delivery.get("lastError"))
                    .isEqualTo("Not sent: 127.0.0.2 is a loopback address, not a public one.");
            assertThat(attempts(delivery)).singleElement().satisfies(attempt -> assertThat(attempt.get("error"))
                    .isEqualTo(delivery.get("lastError")));
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void oneAggregatesEventsArriveInTheOrderTheyWereWrittenEvenWhenOneIsRetried() {
        try (Receiver receiver = Receiver.local().answering(503)) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in",
                    EventType.APPLICATION_SUBMITTED, EventType.APPLICATION_STATE_CHANGED);
            UUID application = UUID.randomUUID();
            List<String> written = List.of(Webhooks.event(client, EventType.APPLICATION_SUBMITTED, application),
                    Webhooks.event(client, EventType.APPLICATION_STATE_CHANGED, application),
                    Webhooks.event(client, EventType.APPLICATION_STATE_CHANGED, application),
                    Webhooks.event(client, EventType.APPLICATION_STATE_CHANGED, application),
                    Webhooks.event(client, EventType.APPLICATION_STATE_CHANGED, application))
                    .stream().map(UUID::toString).toList();

            Eventually.until(receiver::ids, ids -> ids.size() >= 6);
            assertThat(receiver.ids()).containsExactly(written.get(0), written.get(0), written.get(1),
                    written.get(2), written.get(3), written.get(4));
        }
    }

    @Test
    void anEventIsSentAgainOnRequestAndOneFromBeforeTheSubscriptionToo() {
        try (Receiver receiver = Receiver.local()) {
            Client client = Webhooks.client(receiver.base());
            UUID sme = UUID.randomUUID();
            UUID before = Webhooks.event(client, EventType.SME_VERIFIED, sme);
            UUID otherType = Webhooks.event(client, EventType.SME_UPDATED, sme);
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_VERIFIED);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, sme);
            Webhooks.finished(client, subscription, event);

            Api.as(client.token()).body(Map.of("eventId", event)).post(subscription.path() + "/redeliveries")
                    .then().statusCode(202).body("eventId", equalTo(event.toString()))
                    .body("eventType", equalTo("sme.verified"));
            Eventually.until(() -> Webhooks.delivery(client, subscription, event),
                    delivery -> "SUCCEEDED".equals(delivery.get("status")) && attempts(delivery).size() == 2);

            Api.as(client.token()).body(Map.of("eventId", before)).post(subscription.path() + "/redeliveries")
                    .then().statusCode(202);
            assertThat(Webhooks.finished(client, subscription, before).get("status")).isEqualTo("SUCCEEDED");
            Api.as(client.token()).body(Map.of("eventId", otherType)).post(subscription.path() + "/redeliveries")
                    .then().statusCode(404);

            assertThat(receiver.ids()).containsExactly(event.toString(), event.toString(), before.toString());
        }
    }

    @Test
    void deletingASubscriptionStopsItsDeliveries() {
        try (Receiver receiver = Receiver.local().answering(repeat(503, 1000))) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_VERIFIED);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());
            Eventually.until(receiver::ids, ids -> !ids.isEmpty());

            Api.as(client.token()).delete(subscription.path()).then().statusCode(204);
            Map<String, Object> delivery = Webhooks.finished(client, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("FAILED");
            assertThat(delivery.get("lastError")).isEqualTo("The subscription was deleted.");
        }
    }

    @Test
    void aDeactivatedClientGetsNothingMore() {
        try (Receiver receiver = Receiver.local().answering(repeat(503, 1000))) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_VERIFIED);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());
            Eventually.until(receiver::ids, ids -> !ids.isEmpty());

            Sql.update("update partner_client set active = false where client_id = ?", client.id());
            // The client's own tokens no longer work: an administrator reads its log.
            Client administrator = new Client("administrator", TestTokens.admin());
            Map<String, Object> delivery = Webhooks.finished(administrator, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("FAILED");
            assertThat(delivery.get("lastError")).isEqualTo("The API client was deactivated.");
            UUID later = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());
            assertThat(Webhooks.delivery(administrator, subscription, later)).isNull();
        }
    }

    @Test
    void aDeliveryStillFailingAtTheEndOfItsRetryWindowFails() {
        try (Receiver receiver = Receiver.local().answering(repeat(503, 1000))) {
            Client client = Webhooks.client(receiver.base());
            Subscription subscription = Webhooks.subscribe(client, receiver.base() + "/in", EventType.SME_VERIFIED);
            UUID event = Webhooks.event(client, EventType.SME_VERIFIED, UUID.randomUUID());
            Eventually.until(receiver::ids, ids -> !ids.isEmpty());

            Sql.update("update webhook_delivery set retry_until = now() where event_id = ?", event);
            Map<String, Object> delivery = Webhooks.finished(client, subscription, event);
            assertThat(delivery.get("status")).isEqualTo("FAILED");
            assertThat(delivery.get("lastStatusCode")).isEqualTo(503);
        }
    }

    /** What a receiver computes with the secret it was given: the Standard Webhooks signature of what it got. */
    static String expectedSignature(String secret, Received request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            mac.update((request.id() + "." + request.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(request.body()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attempts(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("attempts");
    }

    private static int[] repeat(int status, int times) {
        int[] statuses = new int[times];
        java.util.Arrays.fill(statuses, status);
        return statuses;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
