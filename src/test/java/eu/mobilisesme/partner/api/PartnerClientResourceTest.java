package eu.mobilisesme.partner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.PartnerClients;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The registry of partner clients, and what registration means for a client's tokens: only a registered, active
 * client gets in, with no more than its registration grants, and a change takes effect on its next request.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class PartnerClientResourceTest {

    private static final String CLIENTS = "/api/v1/partner-clients";
    private static final String CATALOGUE = "/api/v1/smes";

    @Test
    void anAdministratorRegistersAClientWhoseTokensThenGetIn() {
        String clientId = "portal-" + UUID.randomUUID();
        String token = TestTokens.partnerToken(clientId, "catalogue:read");
        Api.as(token).get(CATALOGUE).then().statusCode(403).body("code", equalTo("CLIENT_NOT_REGISTERED"));

        var created = Api.as(TestTokens.admin()).body(PartnerClients.body(clientId, List.of("catalogue:read", "events:read"), true))
                .post(CLIENTS)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("clientId", equalTo(clientId))
                .body("scopes", equalTo(List.of("catalogue:read", "events:read")))
                .body("rateLimitTier", equalTo("standard"))
                .extract();
        assertThat(created.header("Location")).endsWith(CLIENTS + "/" + created.path("id"));

        Api.as(token).get(CATALOGUE).then().statusCode(200);
        Api.as(token).get(CLIENTS + "/me").then().statusCode(200).body("clientId", equalTo(clientId))
                .body("active", equalTo(true));
        Api.as(TestTokens.admin()).get(CLIENTS + "/" + created.path("id")).then().statusCode(200)
                .body("name", equalTo("Portal " + clientId));
    }

    @Test
    void deactivatingAClientStopsItsAccessAtOnceAndReactivatingRestoresIt() {
        String clientId = "portal-" + UUID.randomUUID();
        String id = PartnerClients.register(clientId, List.of("catalogue:read"));
        String token = TestTokens.partnerToken(clientId, "catalogue:read");
        Api.as(token).get(CATALOGUE).then().statusCode(200);

        Api.as(TestTokens.admin()).header("If-Match", "\"0\"").body(PartnerClients.body(clientId, List.of("catalogue:read"), false))
                .put(CLIENTS + "/" + id).then().statusCode(200).body("active", equalTo(false));
        Api.as(token).get(CATALOGUE).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("CLIENT_INACTIVE"));
        Api.as(token).get(CLIENTS + "/me").then().statusCode(403).body("code", equalTo("CLIENT_INACTIVE"));

        Api.as(TestTokens.admin()).header("If-Match", "\"1\"").body(PartnerClients.body(clientId, List.of("catalogue:read"), true))
                .put(CLIENTS + "/" + id).then().statusCode(200);
        Api.as(token).get(CATALOGUE).then().statusCode(200);
    }

    @Test
    void aTokenGetsNoScopeItsRegistrationLacks() {
        String clientId = "portal-" + UUID.randomUUID();
        PartnerClients.register(clientId, List.of("smes:write"));

        Api.as(TestTokens.partnerToken(clientId, "catalogue:read smes:write")).get(CATALOGUE)
                .then().statusCode(403).body("code", equalTo("SCOPE_MISSING"))
                .body("detail", containsString("catalogue:read"));
    }

    @Test
    void aRegistrationGrantsNoScopeTheTokenDoesNotClaim() {
        String clientId = "portal-" + UUID.randomUUID();
        PartnerClients.register(clientId, List.of("catalogue:read", "smes:write"));

        Api.as(TestTokens.partnerToken(clientId, "smes:write")).get(CATALOGUE)
                .then().statusCode(403).body("code", equalTo("SCOPE_MISSING"));
    }

    @Test
    void aClientIdIsRegisteredOnceAndKeptForGood() {
        String clientId = "portal-" + UUID.randomUUID();
        String id = PartnerClients.register(clientId, List.of("catalogue:read"));

        Api.as(TestTokens.admin()).body(PartnerClients.body(clientId, List.of("smes:write"), true)).post(CLIENTS)
                .then().statusCode(409).body("code", equalTo("CLIENT_ID_TAKEN"));
        Api.as(TestTokens.admin()).header("If-Match", "\"0\"")
                .body(PartnerClients.body("renamed-" + clientId, List.of("catalogue:read"), true)).put(CLIENTS + "/" + id)
                .then().statusCode(422).body("code", equalTo("CLIENT_ID_FIXED"));
        Api.as(TestTokens.admin()).get(CLIENTS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("clientId", equalTo(clientId));
    }

    @Test
    void unknownScopesTiersAndClientIdsWithSpacesAreRefusedAndNothingIsRegistered() {
        String clientId = "portal-" + UUID.randomUUID();
        Map<String, Object> unknownTier = PartnerClients.body(clientId, List.of("catalogue:read"), true);
        unknownTier.put("rateLimitTier", "platinum");
        Api.as(TestTokens.admin()).body(unknownTier).post(CLIENTS)
                .then().statusCode(422).body("code", equalTo("RATE_LIMIT_TIER_UNKNOWN"))
                .body("detail", containsString("standard"));
        Api.as(TestTokens.admin()).body(PartnerClients.body(clientId, List.of("everything:write"), true)).post(CLIENTS)
                .then().statusCode(400).body("errors.field", hasItem(containsString("scopes")));
        Api.as(TestTokens.admin()).body(PartnerClients.body("two words", List.of("catalogue:read"), true)).post(CLIENTS)
                .then().statusCode(400).body("errors.field", hasItem("clientId"));

        Api.as(TestTokens.partnerToken(clientId, "catalogue:read")).get(CATALOGUE)
                .then().statusCode(403).body("code", equalTo("CLIENT_NOT_REGISTERED"));
    }

    @Test
    void onlyAdministratorsKeepTheRegistry() {
        String own = "portal-" + UUID.randomUUID();
        for (String token : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()),
                TestTokens.partner(own, "catalogue:read smes:write applications:read events:read webhooks:manage"))) {
            Api.as(token).get(CLIENTS).then().statusCode(403);
            Api.as(token).body(PartnerClients.body("portal-" + UUID.randomUUID(), List.of("catalogue:read"), true)).post(CLIENTS)
                    .then().statusCode(403);
        }
        Api.as(TestTokens.admin()).queryParam("limit", 100).get(CLIENTS).then().statusCode(200);
        Api.as(TestTokens.admin()).get(CLIENTS + "/me").then().statusCode(403);
    }
}
