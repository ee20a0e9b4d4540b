package eu.mobilisesme.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Calls;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Black-box checks of the packaged jar in the production profile, as an operator would run it. */
@QuarkusIntegrationTest
@WithTestResource(TestEnvironmentResource.class)
class PackagedApplicationIT {

    @Test
    void isReadyWithItsDatabase() {
        Api.management().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        Api.management().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void servesHealthAndMetricsOnlyOnTheManagementPort() {
        Api.anonymous().get("/q/health/ready").then().statusCode(404);
        Api.anonymous().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void hidesSwaggerUiUnlessSwitchedOn() {
        Api.anonymous().get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    void refusesAnonymousCallsWithAProblem() {
        Api.anonymous().get("/api/v1/facilitators").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void storesAndReadsAFacilitatorWithASignedToken() {
        String name = "Packaged chamber " + UUID.randomUUID();
        String id = Api.as(TestTokens.admin()).body(Facilitators.body(name, "SK", List.of("SK")))
                .post("/api/v1/facilitators").then().statusCode(201).extract().path("id");
        Api.as(TestTokens.partner("eures", "catalogue:read")).get("/api/v1/facilitators/" + id)
                .then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void registersACompanyAgainstTheReferenceDataAndTheCallInForce() {
        Calls.openCoveringToday("SK", "IT");
        UUID facilitator = Facilitators.create("SK", "SK");
        var slovak = Smes.with(Smes.with(Smes.with(Smes.italian("Packaged s.r.o. " + UUID.randomUUID()),
                "country", "SK"), "vatNumber", "SK" + Smes.digits(10)), "nutsRegion", "SK01");
        Api.as(TestTokens.admin()).body(Smes.with(slovak, "facilitatorId", facilitator)).post(Smes.SMES)
                .then().statusCode(201).body("nace.section", equalTo("C")).body("sizeClass", equalTo("SMALL"));
        Api.as(TestTokens.admin()).get("/api/v1/calls").then().statusCode(200)
                .body("code", hasItem("MOBILISESME-2026"));
    }

    @Test
    void shipsNoDemoTokenEndpoint() {
        Api.anonymous().get("/dev/tokens").then().statusCode(404);
    }
}
