package eu.mobilisesme.common.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A path or query value that does not convert is a 400 that names the parameter and what it accepts, never a Java
 * class name or a parser's message.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class ParameterProblemsTest {

    @Test
    void unknownEnumQueryValueNamesTheParameterAndItsValues() {
        expectInvalidParameter(Api.as(TestTokens.admin()).queryParam("sizeClass", "GIGANTIC").get(Smes.SMES).then(),
                "sizeClass", "must be one of MICRO, SMALL, MEDIUM, LARGE");
    }

    @Test
    void unknownEnumPathValueNamesTheParameterAndItsValues() {
        var report = Map.of("objectivesMet", "FULLY", "newContacts", 1, "expectedBusinessOutcomes", "x",
                "satisfaction", 5);
        expectInvalidParameter(Api.as(TestTokens.admin()).body(report)
                .post(Mobility.APPLICATIONS + "/" + UUID.randomUUID() + "/reports/FOO").then(),
                "party", "must be one of PARTICIPANT, SENDING_SME, HOST_SME");
    }

    @Test
    void unparsableNumberNamesTheParameter() {
        expectInvalidParameter(Api.as(TestTokens.admin()).queryParam("limit", "abc").get("/api/v1/facilitators").then(),
                "limit", "must be a whole number");
    }

    @Test
    void unparsableUuidNamesTheParameter() {
        expectInvalidParameter(Api.as(TestTokens.admin()).get("/api/v1/facilitators/not-a-uuid").then(),
                "id", "must be a UUID");
    }

    private static void expectInvalidParameter(ValidatableResponse response, String parameter, String message) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:invalid-parameter"))
                .body("detail", equalTo(parameter + " " + message + "."))
                .body("errors", equalTo(List.of(Map.of("field", parameter, "message", message))))
                .body(leaksNothing());
    }

    static Matcher<String> leaksNothing() {
        return allOf(not(containsString("eu.mobilisesme")), not(containsString("java.")),
                not(containsString("No enum constant")), not(containsString("For input string")),
                not(containsString("Invalid UUID string")));
    }
}
