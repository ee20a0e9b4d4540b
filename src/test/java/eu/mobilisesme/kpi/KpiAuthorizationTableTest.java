package eu.mobilisesme.kpi;

import static eu.mobilisesme.kpi.KpiFiguresTest.KPIS;
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
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who reads the KPIs, as one table: actor × scope → status. FACILITATOR and OTHER_FACILITATOR are active and each in
 * charge of a company; RETIRED was in charge of one and was then deactivated (its users keep valid tokens); SME is a
 * user of FACILITATOR's company; PARTNER a registered client with every scope. The CSV export answers as the JSON does.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class KpiAuthorizationTableTest {

    private static final String TABLE = """
            operation                     ADMIN FACILITATOR OTHER_FACILITATOR RETIRED SME PARTNER ANONYMOUS
            GET kpis                      200   200         200               403     403 403     401
            GET kpis.csv                  200   200         200               403     403 403     401
            GET kpis?facilitator=OWN      200   200         403               403     403 403     401
            GET kpis?facilitator=OTHER    200   403         200               403     403 403     401
            GET kpis?facilitator=RETIRED  200   403         403               403     403 403     401
            GET kpis?facilitator=UNKNOWN  404   403         403               403     403 403     401
            GET kpis?call=UNKNOWN         404   404         404               403     403 403     401
            """;

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
    void readingTheKpis(String method, String operation, String actor, int expected) {
        assertThat(world().call(operation, actor).statusCode()).isEqualTo(expected);
    }

    private static final class World {

        final UUID facilitator = Facilitators.create("IT", "IT");
        final UUID otherFacilitator = Facilitators.create("PT", "PT");
        final UUID retired = Facilitators.create("IT", "IT");
        final UUID company = Smes.register(Smes.italian("Reader " + UUID.randomUUID()), facilitator);
        final Map<String, Supplier<String>> actors = new LinkedHashMap<>();

        World() {
            Smes.register(Smes.italian("Retired's " + UUID.randomUUID()), retired);
            Api.as(TestTokens.admin()).header("If-Match", "\"0\"")
                    .body(Smes.with(Facilitators.body("Retired chamber " + UUID.randomUUID(), "IT", List.of("IT")),
                            "active", false))
                    .put("/api/v1/facilitators/" + retired).then().statusCode(200);
            actors.put("ADMIN", TestTokens::admin);
            actors.put("FACILITATOR", () -> TestTokens.facilitator(facilitator));
            actors.put("OTHER_FACILITATOR", () -> TestTokens.facilitator(otherFacilitator));
            actors.put("RETIRED", () -> TestTokens.facilitator(retired));
            actors.put("SME", () -> TestTokens.sme(company));
            actors.put("PARTNER", () -> TestTokens.partner("kpi-portal-" + UUID.randomUUID(),
                    String.join(" ", PartnerScopes.ALL)));
        }

        Response call(String operation, String actor) {
            RequestSpecification request = actor.equals("ANONYMOUS") ? Api.anonymous()
                    : Api.as(actors.get(actor).get());
            return switch (operation) {
                case "kpis" -> request.get(KPIS);
                case "kpis.csv" -> request.accept("text/csv").get(KPIS);
                case "kpis?facilitator=OWN" -> request.queryParam("facilitatorId", facilitator.toString()).get(KPIS);
                case "kpis?facilitator=OTHER" -> request.queryParam("facilitatorId", otherFacilitator.toString())
                        .get(KPIS);
                case "kpis?facilitator=RETIRED" -> request.queryParam("facilitatorId", retired.toString()).get(KPIS);
                case "kpis?facilitator=UNKNOWN" -> request.queryParam("facilitatorId", UUID.randomUUID().toString())
                        .get(KPIS);
                case "kpis?call=UNKNOWN" -> request.queryParam("callId", UUID.randomUUID().toString()).get(KPIS);
                default -> throw new IllegalArgumentException("No such operation in the table: " + operation);
            };
        }
    }
}
