package eu.mobilisesme.webhook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import eu.mobilisesme.webhook.support.Webhooks;
import eu.mobilisesme.webhook.support.Webhooks.Client;
import eu.mobilisesme.webhook.support.Webhooks.Subscription;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Subscribing, reading, deleting and rotating webhook subscriptions, and who may: the partner client that owns one
 * (with the scope webhooks:manage) and administrators (to read and delete); another portal's subscription is 404.
 * The URLs point at receivers that are never called here: these tests are about the subscriptions, not the sending.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class WebhookSubscriptionResourceTest {

    private static final String PREFIX = "http://127.0.0.1:9/hooks";
    private static final String URL = PREFIX + "/mobilisesme";

    @AfterEach
    void retireClients() {
        Webhooks.retireClients();
    }

    @Test
    void subscribingAnswers201WithLocationAndTheSecretOnce() {
        Client client = Webhooks.client(PREFIX);
        var created = Api.as(client.token())
                .body(Map.of("url", URL, "eventTypes", List.of("sme.verified", "application.state-changed")))
                .post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/webhook-subscriptions/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("clientId", equalTo(client.id()))
                .body("url", equalTo(URL))
                .body("eventTypes", equalTo(List.of("application.state-changed", "sme.verified")))
                .body("active", equalTo(true))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .extract().jsonPath();
        assertThat(Base64.getDecoder().decode(created.getString("secret").substring(6))).hasSize(32);

        String path = Webhooks.SUBSCRIPTIONS + "/" + created.getString("id");
        Api.as(client.token()).get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("url", equalTo(URL)).body("secret", nullValue()).body("$", not(hasItem("secret")));
        Api.as(client.token()).get(Webhooks.SUBSCRIPTIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of(created.getString("id"))))
                .body("items[0].secret", nullValue());
    }

    @Test
    void aPartnerSeesOnlyItsOwnSubscriptionsAndAdministratorsSeeAll() {
        Client owner = Webhooks.client(PREFIX);
        Client other = Webhooks.client(PREFIX);
        Subscription subscription = Webhooks.subscribe(owner, URL, EventType.SME_VERIFIED);

        Api.as(other.token()).get(subscription.path()).then().statusCode(404)
                .body("type", equalTo("urn:mobilisesme:problem:not-found"));
        Api.as(other.token()).get(subscription.path() + "/deliveries").then().statusCode(404);
        Api.as(other.token()).delete(subscription.path()).then().statusCode(404);
        Api.as(other.token()).post(subscription.path() + "/secret").then().statusCode(404);
        Api.as(other.token()).body(Map.of("eventId", UUID.randomUUID())).post(subscription.path() + "/redeliveries")
                .then().statusCode(404);
        Api.as(other.token()).get(Webhooks.SUBSCRIPTIONS).then().statusCode(200).body("items", equalTo(List.of()));

        Api.as(TestTokens.admin()).get(subscription.path()).then().statusCode(200)
                .body("clientId", equalTo(owner.id())).body("secret", nullValue());
        Api.as(TestTokens.admin()).get(subscription.path() + "/deliveries").then().statusCode(200);
    }

    @Test
    void peopleOtherThanAdministratorsMayNotManageWebhooks() {
        String facilitator = TestTokens.facilitator(UUID.randomUUID());
        String sme = TestTokens.sme(UUID.randomUUID());
        for (String token : List.of(facilitator, sme)) {
            Api.as(token).get(Webhooks.SUBSCRIPTIONS).then().statusCode(403);
            Api.as(token).body(Map.of("url", URL, "eventTypes", List.of("sme.verified")))
                    .post(Webhooks.SUBSCRIPTIONS).then().statusCode(403);
        }
        // Subscriptions belong to partner clients: administrators read them but do not subscribe.
        Api.as(TestTokens.admin()).body(Map.of("url", URL, "eventTypes", List.of("sme.verified")))
                .post(Webhooks.SUBSCRIPTIONS).then().statusCode(403);
    }

    @Test
    void withoutTheScopeWebhooksManageAPartnerIs403NamingIt() {
        String token = TestTokens.partner("webhook-portal-" + UUID.randomUUID(), "catalogue:read applications:read");
        Api.as(token).get(Webhooks.SUBSCRIPTIONS).then().statusCode(403)
                .body("code", equalTo("SCOPE_MISSING")).body("detail", containsString("webhooks:manage"));
        Api.as(token).body(Map.of("url", URL, "eventTypes", List.of("sme.verified"))).post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(403).body("code", equalTo("SCOPE_MISSING"));
    }

    @Test
    void anEventTypeNeedsTheScopeOfWhatItIsAbout() {
        Client client = Webhooks.clientWithScopes("webhooks:manage catalogue:read", PREFIX);
        Api.as(client.token()).body(Map.of("url", URL, "eventTypes", List.of("sme.verified", "payment.paid")))
                .post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("WEBHOOK_EVENT_SCOPE_MISSING"))
                .body("detail", equalTo("payment.paid events need the scope applications:read, which your client "
                        + "lacks."));
    }

    @Test
    void anUnknownEventTypeIs400NamingTheFieldAndTheKnownTypes() {
        Client client = Webhooks.client(PREFIX);
        Api.as(client.token()).body(Map.of("url", URL, "eventTypes", List.of("sme.verified", "sme.deleted")))
                .post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[1]"))
                .body("errors[0].message", containsString("must be one of sme.registered, sme.verified"));
        Api.as(client.token()).body(Map.of("url", URL, "eventTypes", List.of())).post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1:9/hooks2/x", // a sibling of the prefix's path, not under it
        "http://127.0.0.1:9/other", // another path
        "http://127.0.0.1:10/hooks/x", // another port
        "https://127.0.0.1:9/hooks/x", // another scheme
        "http://127.0.0.1.nip.io:9/hooks/x", // another host that starts like it
        "http://user:secret@127.0.0.1:9/hooks/x", // user information
        "http://127.0.0.1:9/hooks/x#part", // a fragment
        "http://127.0.0.1:9/hooks/../admin" }) // out of the prefix by dot segments
    void aUrlNotUnderTheClientsPrefixesOrOfAnotherFormIs422(String url) {
        Client client = Webhooks.client(PREFIX);
        Api.as(client.token()).body(Map.of("url", url, "eventTypes", List.of("sme.verified")))
                .post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(422).body("code", equalTo("WEBHOOK_URL_NOT_ALLOWED"));
    }

    @Test
    void aLookalikeHostNeverMatchesAPrefix() {
        Client client = Webhooks.client("https://portal.example");
        Api.as(client.token()).body(Map.of("url", "https://portal.example.evil/hooks", "eventTypes",
                List.of("sme.verified"))).post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(422).body("code", equalTo("WEBHOOK_URL_NOT_ALLOWED"))
                .body("detail", containsString("https://portal.example"));
    }

    @Test
    void aClientWithoutPrefixesMayNotSubscribe() {
        Client client = Webhooks.client();
        Api.as(client.token()).body(Map.of("url", URL, "eventTypes", List.of("sme.verified")))
                .post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(422).body("code", equalTo("WEBHOOK_URL_NOT_ALLOWED"))
                .body("detail", containsString("(it has none)"));
    }

    /** Under a registered prefix all the same: the address, not the prefix, is what is refused. */
    @ParameterizedTest
    @ValueSource(strings = { "https://10.0.0.5/x", "https://169.254.169.254/latest/meta-data",
        "http://127.0.0.2:8080/", "https://[::1]/x", "https://[fd00::1]/x", "https://100.64.0.1/x",
        "https://0.0.0.0/x", "https://[::ffff:192.168.1.1]/x" })
    void aUrlOnANonPublicAddressIs422(String url) {
        Client client = Webhooks.client(url);
        Api.as(client.token()).body(Map.of("url", url, "eventTypes", List.of("sme.verified")))
                .post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(422).body("code", equalTo("WEBHOOK_ADDRESS_FORBIDDEN"))
                .body("detail", containsString("not a public one"));
    }

    @Test
    void aHostThatDoesNotResolveIs422() {
        Client client = Webhooks.client("https://no-such-host.invalid");
        Api.as(client.token()).body(Map.of("url", "https://no-such-host.invalid/hooks", "eventTypes",
                List.of("sme.verified"))).post(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(422).body("code", equalTo("WEBHOOK_HOST_UNKNOWN"));
    }

    @Test
    void aDeletedSubscriptionStaysReadableInactiveAndTakesNoMoreWork() {
        Client client = Webhooks.client(PREFIX);
        Subscription subscription = Webhooks.subscribe(client, URL, EventType.SME_VERIFIED);

        Api.as(client.token()).delete(subscription.path()).then().statusCode(204);
        Api.as(client.token()).delete(subscription.path()).then().statusCode(204);
        Api.as(client.token()).get(subscription.path()).then().statusCode(200)
                .body("active", equalTo(false)).header("ETag", "\"1\"");
        Api.as(client.token()).post(subscription.path() + "/secret").then().statusCode(409)
                .body("code", equalTo("WEBHOOK_SUBSCRIPTION_INACTIVE"));
        Api.as(client.token()).body(Map.of("eventId", UUID.randomUUID())).post(subscription.path() + "/redeliveries")
                .then().statusCode(409).body("code", equalTo("WEBHOOK_SUBSCRIPTION_INACTIVE"));
    }

    @Test
    void anAdministratorMayDeleteAnySubscription() {
        Client client = Webhooks.client(PREFIX);
        Subscription subscription = Webhooks.subscribe(client, URL, EventType.SME_VERIFIED);
        Api.as(TestTokens.admin()).delete(subscription.path()).then().statusCode(204);
        Api.as(client.token()).get(subscription.path()).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void rotatingTheSecretAnswersANewOneOnce() {
        Client client = Webhooks.client(PREFIX);
        Subscription subscription = Webhooks.subscribe(client, URL, EventType.SME_VERIFIED);
        String rotated = Api.as(client.token()).post(subscription.path() + "/secret")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .extract().path("secret");
        assertThat(rotated).isNotEqualTo(subscription.secret());
        Api.as(client.token()).get(subscription.path()).then().statusCode(200).body("secret", nullValue());
    }

    @Test
    void redeliveringAnEventThatDoesNotExistIs404() {
        Client client = Webhooks.client(PREFIX);
        Subscription subscription = Webhooks.subscribe(client, URL, EventType.SME_VERIFIED);
        UUID unknown = UUID.randomUUID();
        Api.as(client.token()).body(Map.of("eventId", unknown)).post(subscription.path() + "/redeliveries")
                .then().statusCode(404).body("detail", containsString(unknown.toString()));
        Api.as(client.token()).body(Map.of()).post(subscription.path() + "/redeliveries")
                .then().statusCode(400).body("errors[0].field", equalTo("eventId"));
    }

    @Test
    void listsArePagedWithCursors() {
        Client client = Webhooks.client(PREFIX);
        for (int i = 0; i < 3; i++) {
            Webhooks.subscribe(client, URL + "/" + i, EventType.SME_VERIFIED);
        }
        var first = Api.as(client.token()).queryParam("limit", 2).get(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(200).body("items.size()", equalTo(2)).body("next", notNullValue())
                .extract().jsonPath();
        var second = Api.as(client.token()).queryParam("limit", 2).queryParam("cursor", first.getString("next"))
                .get(Webhooks.SUBSCRIPTIONS)
                .then().statusCode(200).body("items.size()", equalTo(1)).body("next", nullValue())
                .extract().jsonPath();
        List<String> urls = new ArrayList<>(first.getList("items.url"));
        urls.addAll(second.getList("items.url"));
        assertThat(urls).containsExactlyInAnyOrder(URL + "/0", URL + "/1", URL + "/2");
    }
}
