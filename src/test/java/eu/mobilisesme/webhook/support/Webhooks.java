package eu.mobilisesme.webhook.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.PartnerClients;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestTokens;
import io.restassured.path.json.JsonPath;

/**
 * Partner clients, subscriptions and events for webhook tests. Each client has an id no other test uses, so a test
 * sees only its own subscriptions and deliveries, whatever else runs on the database.
 */
public final class Webhooks {

    public static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    /** Every scope a webhook subscriber may need. */
    public static final String SCOPES = "webhooks:manage catalogue:read applications:read";

    /** A registered partner client and a token of it. */
    public record Client(String id, String token) {
    }

    /** A subscription as its 201 answered: its id and its secret. */
    public record Subscription(UUID id, String secret) {

        public String path() {
            return SUBSCRIPTIONS + "/" + id;
        }
    }

    private Webhooks() {
    }

    /** A new active client holding {@link #SCOPES}, whose webhooks may go under {@code prefixes}. */
    public static Client client(String... prefixes) {
        return clientWithScopes(SCOPES, prefixes);
    }

    /** A new active client holding {@code scopes} (space-separated), registered by an administrator. */
    public static Client clientWithScopes(String scopes, String... prefixes) {
        String id = "webhook-portal-" + UUID.randomUUID();
        Map<String, Object> registration = PartnerClients.body(id, List.of(scopes.split(" ")), true);
        registration.put("webhookUrlPrefixes", List.of(prefixes));
        Api.as(TestTokens.admin()).body(registration).post(PartnerClients.CLIENTS).then().statusCode(201);
        return new Client(id, TestTokens.partnerToken(id, scopes));
    }

    public static Subscription subscribe(Client client, String url, EventType... types) {
        JsonPath created = Api.as(client.token())
                .body(Map.of("url", url, "eventTypes", Arrays.stream(types).map(EventType::wireName).toList()))
                .post(SUBSCRIPTIONS)
                .then().statusCode(201).extract().jsonPath();
        return new Subscription(UUID.fromString(created.getString("id")), created.getString("secret"));
    }

    /**
     * Records an event for {@code client} only, as a use case would, in a transaction of its own: the trigger fans it
     * out. Addressed to one client, it reaches no other test's subscriptions.
     */
    public static UUID event(Client client, EventType type, UUID aggregateId) {
        UUID id = UUID.randomUUID();
        Sql.update("insert into domain_event (id, type, aggregate_type, aggregate_id, occurred_at, payload, "
                + "required_scope, audience) values (?, ?, ?, ?, now(), cast(? as jsonb), ?, array[?]::varchar[])",
                id, type.wireName(), type.aggregateType().wireName(), aggregateId, "{\"status\": \"VERIFIED\"}",
                type.aggregateType().requiredScope(), client.id());
        return id;
    }

    /**
     * Deactivates every client the webhook tests made: their subscriptions then take no more events, whichever test
     * class writes them, and what they still had to send fails without being sent.
     */
    public static void retireClients() {
        Sql.update("update partner_client set active = false where client_id like 'webhook-portal-%' and active");
    }

    /** The subscription's delivery log, newest first, as its owner reads it. */
    public static List<Map<String, Object>> deliveries(Client client, Subscription subscription) {
        return Api.as(client.token()).queryParam("limit", 100).get(subscription.path() + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The delivery of {@code eventId}, or null while there is none. */
    public static Map<String, Object> delivery(Client client, Subscription subscription, UUID eventId) {
        return deliveries(client, subscription).stream()
                .filter(delivery -> eventId.toString().equals(delivery.get("eventId"))).findFirst().orElse(null);
    }

    /** Waits until the delivery of {@code eventId} is final (SUCCEEDED or FAILED), and returns it. */
    public static Map<String, Object> finished(Client client, Subscription subscription, UUID eventId) {
        return Eventually.until(() -> delivery(client, subscription, eventId), delivery -> delivery != null
                && List.of("SUCCEEDED", "FAILED").contains(delivery.get("status")));
    }
}
