package eu.mobilisesme.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The bounds the contract declares are the ones the code checks: a value past one is a 400 naming the input. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class RequestBoundsEnforcedTest {

    @Test
    void anOverlongQueryParameterIs400NamingIt() {
        Api.as(TestTokens.admin()).queryParam("q", "x".repeat(201)).get("/api/v1/smes")
                .then().statusCode(400).body("errors.field", hasItem("q"));
        Api.as(TestTokens.admin()).queryParam("cursor", "a".repeat(2049)).get("/api/v1/facilitators")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        Api.as(TestTokens.admin()).queryParam("limit", 101).get("/api/v1/mobility-applications")
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void countryCodesAndLanguageTagsKeepTheirShapeEverywhere() {
        Api.as(TestTokens.admin()).queryParam("coveredCountry", "ITA").get("/api/v1/facilitators")
                .then().statusCode(400).body("errors[0].field", equalTo("coveredCountry"))
                .body("errors[0].message", equalTo("must be an ISO 3166-1 alpha-2 country code such as IT"));
        Api.as(TestTokens.admin()).queryParam("language", "x".repeat(36)).get("/api/v1/smes")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
        Api.as(TestTokens.admin()).body(Smes.with(Smes.italian("Bounded " + UUID.randomUUID()), "targetMarkets",
                List.of("de"))).post(Smes.SMES)
                .then().statusCode(400).body("errors[0].field", equalTo("targetMarkets[0]"));
    }

    @Test
    void aMalformedIfMatchIs400AndAWellFormedStaleOneStays412() {
        String id = Api.as(TestTokens.admin()).body(Smes.italian("Tagged " + UUID.randomUUID())).post(Smes.SMES)
                .then().statusCode(201).extract().path("id");
        var body = Smes.italian("Tagged again " + UUID.randomUUID());
        Api.as(TestTokens.admin()).header("If-Match", "3").body(body).put(Smes.SMES + "/" + id)
                .then().statusCode(400).body("errors[0].message", equalTo("must be an entity tag such as \"3\", or *"));
        Api.as(TestTokens.admin()).header("If-Match", "\"" + "9".repeat(70) + "\"").body(body).put(Smes.SMES + "/" + id)
                .then().statusCode(400);
        Api.as(TestTokens.admin()).header("If-Match", "W/\"0\"").body(body).put(Smes.SMES + "/" + id)
                .then().statusCode(412);
    }

    @Test
    void aPartnerReferenceLongerThanItsBoundIs400() {
        Api.as(TestTokens.partner("bounds-portal", "smes:write")).get("/api/v1/sme-imports/" + "r".repeat(101))
                .then().statusCode(400).body("errors.field", hasItem("externalRef"));
    }
}
