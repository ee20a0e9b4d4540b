package eu.mobilisesme.common.security;

import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static eu.mobilisesme.support.Smes.IMPORTS;
import static eu.mobilisesme.support.Smes.SMES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.AuthorizationTables;
import eu.mobilisesme.support.PartnerClients;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Partner integration as one table: actor × resource × action → status, for the registry of clients, the events
 * feed and webhook subscriptions, and for what a client's part in them does to its other reads. The clients pass
 * through the states a client has: PARTNER and OTHER_PARTNER are registered with every scope and each has a
 * subscription; NARROW is registered with catalogue:read only, though its tokens claim every scope; RETIRED imported
 * a company and subscribed while active, then an administrator deactivated it; UNREGISTERED was never registered.
 * PARTNER also had a subscription it deleted (DELETED): its log stays readable, but it takes no new secret and no
 * redelivery (409).
 *
 * <p>No row changes the world: a write meets a rule that stops whoever may do it (412 for a stale If-Match, 409 for a
 * client id taken, 422 for a webhook on a private address, 404 for an event that does not exist), and the one write
 * that would succeed (deleting one's own subscription) is checked only for those who may not.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class PartnerAuthorizationTableTest {

    private static final String TABLE = """
            operation                                      ADMIN SME FACILITATOR PARTNER OTHER_PARTNER NARROW RETIRED UNREGISTERED
            GET    partner-clients                         200   403 403         403     403           403    403     403
            GET    partner-clients/PARTNER                 200   403 403         403     403           403    403     403
            PUT    partner-clients/PARTNER-stale           412   403 403         403     403           403    403     403
            POST   partner-clients-taken                   409   403 403         403     403           403    403     403
            GET    partner-clients/me                      403   403 403         200     200           200    403     403
            GET    smes                                    200   200 200         200     200           200    403     403
            GET    smes/PARTNERS_COMPANY                   200   404 404         200     404           404    403     403
            GET    smes/RETIREDS_COMPANY                   200   404 404         404     404           404    403     403
            GET    sme-imports/RETIREDS_REFERENCE          403   403 403         404     404           403    403     403
            GET    mobility-applications                   200   200 200         200     200           403    403     403
            GET    events                                  200   403 403         200     200           403    403     403
            GET    webhook-subscriptions                   200   403 403         200     200           403    403     403
            POST   webhook-subscriptions-private-address   403   403 403         422     422           403    403     403
            GET    webhook-subscriptions/PARTNERS          200   403 403         200     404           403    403     403
            GET    webhook-subscriptions/PARTNERS/deliveries 200 403 403         200     404           403    403     403
            POST   webhook-subscriptions/PARTNERS/redeliveries-unknown 404 403 403 404   404           403    403     403
            POST   webhook-subscriptions/PARTNERS/secret   403   403 403         -       404           403    403     403
            DELETE webhook-subscriptions/PARTNERS          -     403 403         -       404           403    403     403
            GET    webhook-subscriptions/RETIREDS          200   403 403         404     404           403    403     403
            GET    webhook-subscriptions/DELETED           200   403 403         200     404           403    403     403
            GET    webhook-subscriptions/DELETED/deliveries 200  403 403         200     404           403    403     403
            POST   webhook-subscriptions/DELETED/secret    403   403 403         409     404           403    403     403
            POST   webhook-subscriptions/DELETED/redeliveries-unknown 409 403 403 409   404           403    403     403
            """;

    private static final String EVERY_SCOPE = String.join(" ", PartnerScopes.ALL);
    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final String SUBSCRIPTIONS_PREFIX = "webhook-subscriptions/";
    /**
     * What the table's subscriptions listen to: payments of applications of these clients' companies, of which there
     * are none, so the dispatcher never tries their receivers, which do not exist.
     */
    private static final String QUIET_EVENT_TYPE = "payment.failed";

    private static World world;

    private static synchronized World world() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    static Stream<Arguments> cells() {
        return AuthorizationTables.cells(TABLE);
    }

    @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
    @MethodSource("cells")
    void partnerIntegration(String method, String operation, String actor, int expected) {
        assertThat(world().call(method, operation, actor).statusCode()).isEqualTo(expected);
    }

    private static final class World {

        final String partner = "portal-" + UUID.randomUUID();
        final String otherPartner = "other-portal-" + UUID.randomUUID();
        final String narrow = "narrow-portal-" + UUID.randomUUID();
        final String retired = "retired-portal-" + UUID.randomUUID();
        final String partnerId = PartnerClients.register(partner, PartnerScopes.ALL);
        final String retiredId = PartnerClients.register(retired, PartnerScopes.ALL);
        final String partnersCompany = importCompany(partner, "ref-" + UUID.randomUUID());
        final String retiredsReference = "ref-" + UUID.randomUUID();
        final String retiredsCompany = importCompany(retired, retiredsReference);
        /** PARTNERS and RETIREDS: their owners'; DELETED: one PARTNER had and deleted. */
        final Map<String, String> subscriptions = new LinkedHashMap<>();
        final Map<String, Supplier<String>> actors = new LinkedHashMap<>();

        World() {
            PartnerClients.register(otherPartner, PartnerScopes.ALL);
            PartnerClients.register(narrow, List.of(PartnerScopes.CATALOGUE_READ));
            subscriptions.put("PARTNERS", subscribe(partner));
            subscriptions.put("DELETED", subscribe(partner));
            subscriptions.put("RETIREDS", subscribe(retired));
            subscribe(otherPartner);
            Api.as(TestTokens.partnerToken(partner, EVERY_SCOPE)).delete(SUBSCRIPTIONS + "/"
                    + subscriptions.get("DELETED")).then().statusCode(204);
            Api.as(TestTokens.admin()).header("If-Match", "\"0\"")
                    .body(PartnerClients.body(retired, PartnerScopes.ALL, false))
                    .put(PartnerClients.CLIENTS + "/" + retiredId).then().statusCode(200);

            actors.put("ADMIN", TestTokens::admin);
            actors.put("SME", () -> TestTokens.sme(UUID.randomUUID()));
            actors.put("FACILITATOR", () -> TestTokens.facilitator(UUID.randomUUID()));
            actors.put("PARTNER", () -> TestTokens.partnerToken(partner, EVERY_SCOPE));
            actors.put("OTHER_PARTNER", () -> TestTokens.partnerToken(otherPartner, EVERY_SCOPE));
            actors.put("NARROW", () -> TestTokens.partnerToken(narrow, EVERY_SCOPE));
            actors.put("RETIRED", () -> TestTokens.partnerToken(retired, EVERY_SCOPE));
            actors.put("UNREGISTERED", () -> TestTokens.partnerToken("never-" + UUID.randomUUID(), EVERY_SCOPE));
        }

        Response call(String method, String operation, String actor) {
            RequestSpecification request = Api.as(actors.get(actor).get());
            if (operation.startsWith(SUBSCRIPTIONS_PREFIX)) {
                return callSubscription(request, method, operation.substring(SUBSCRIPTIONS_PREFIX.length()));
            }
            return switch (operation) {
                case "partner-clients" -> request.get(PartnerClients.CLIENTS);
                case "partner-clients/PARTNER" -> request.get(PartnerClients.CLIENTS + "/" + partnerId);
                case "partner-clients/PARTNER-stale" -> request.header("If-Match", "\"999\"")
                        .body(PartnerClients.body(partner, PartnerScopes.ALL, true))
                        .put(PartnerClients.CLIENTS + "/" + partnerId);
                case "partner-clients-taken" -> request.body(PartnerClients.body(partner, PartnerScopes.ALL, true))
                        .post(PartnerClients.CLIENTS);
                case "partner-clients/me" -> request.get(PartnerClients.CLIENTS + "/me");
                case "smes" -> request.get(SMES);
                case "smes/PARTNERS_COMPANY" -> request.get(SMES + "/" + partnersCompany);
                case "smes/RETIREDS_COMPANY" -> request.get(SMES + "/" + retiredsCompany);
                case "sme-imports/RETIREDS_REFERENCE" -> request.get(IMPORTS + "/" + retiredsReference);
                case "mobility-applications" -> request.get(APPLICATIONS);
                case "events" -> request.get("/api/v1/events");
                case "webhook-subscriptions" -> request.get(SUBSCRIPTIONS);
                case "webhook-subscriptions-private-address" -> request
                        .body(Map.of("url", "https://10.0.0.5/hooks", "eventTypes", List.of("sme.verified")))
                        .post(SUBSCRIPTIONS);
                default -> throw new IllegalArgumentException("No such operation in the table: " + operation);
            };
        }

        /** One subscription's operation: {@code NAME} or {@code NAME/deliveries}, {@code NAME/secret}, ... */
        private Response callSubscription(RequestSpecification request, String method, String operation) {
            int slash = operation.indexOf('/');
            String name = slash < 0 ? operation : operation.substring(0, slash);
            String path = SUBSCRIPTIONS + "/" + subscriptions.get(name);
            return switch (slash < 0 ? "" : operation.substring(slash + 1)) {
                case "" -> request.request(method, path);
                case "deliveries" -> request.get(path + "/deliveries");
                case "secret" -> request.post(path + "/secret");
                case "redeliveries-unknown" -> request.body(Map.of("eventId", UUID.randomUUID()))
                        .post(path + "/redeliveries");
                default -> throw new IllegalArgumentException("No such operation in the table: " + operation);
            };
        }

        private static String importCompany(String clientId, String reference) {
            return Api.as(TestTokens.partnerToken(clientId, EVERY_SCOPE))
                    .body(Smes.italian("Imported " + UUID.randomUUID())).put(IMPORTS + "/" + reference)
                    .then().statusCode(201).extract().path("id");
        }

        private static String subscribe(String clientId) {
            return Api.as(TestTokens.partnerToken(clientId, EVERY_SCOPE))
                    .body(Map.of("url", PartnerClients.WEBHOOK_PREFIX + clientId, "eventTypes",
                            List.of(QUIET_EVENT_TYPE)))
                    .post(SUBSCRIPTIONS).then().statusCode(201).extract().path("id");
        }
    }
}
