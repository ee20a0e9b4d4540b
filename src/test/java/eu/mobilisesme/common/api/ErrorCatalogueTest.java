package eu.mobilisesme.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Every status of the error catalogue, provoked for real, answers problem+json. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class ErrorCatalogueTest {

    private static final String FACILITATORS = "/api/v1/facilitators";

    @Test
    void malformedJsonIs400() {
        Api.as(TestTokens.admin()).body("{\"name\": ").post(FACILITATORS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:malformed-request"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("instance", equalTo(FACILITATORS))
                .body("requestId", notNullValue());
    }

    @Test
    void unparsableUuidIs400NotFound() {
        Api.as(TestTokens.admin()).get(FACILITATORS + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:invalid-parameter"));
    }

    @Test
    void unparsableQueryValueIs400() {
        Api.as(TestTokens.admin()).queryParam("limit", "ten").get(FACILITATORS)
                .then().statusCode(400).body("type", equalTo("urn:mobilisesme:problem:invalid-parameter"));
        Api.as(TestTokens.admin()).queryParam("active", "maybe").get(FACILITATORS)
                .then().statusCode(400).body("errors.field", hasItem("active"));
    }

    @Test
    void validationNamesFieldsAsTheClientSpellsThem() {
        Api.as(TestTokens.admin())
                .body("{\"name\":\"\",\"country\":\"ZZ\",\"coveredCountries\":[\"IT\",null],"
                        + "\"contactEmail\":\"not-an-email\",\"active\":true}")
                .post(FACILITATORS)
                .then().statusCode(400)
                .body("type", equalTo("urn:mobilisesme:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("contactEmail", "country", "coveredCountries[1]", "name")));
    }

    @Test
    void queryParameterValidationNamesTheParameter() {
        Api.as(TestTokens.admin()).queryParam("limit", 1000).get(FACILITATORS)
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void unknownFieldsAreRefusedSoServerOwnedFieldsCannotBeSet() {
        Api.as(TestTokens.admin())
                .body("{\"name\":\"X\",\"country\":\"IT\",\"coveredCountries\":[\"IT\"],"
                        + "\"contactEmail\":\"a@b.it\",\"active\":true,\"version\":99}")
                .post(FACILITATORS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("version"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void missingTokenIs401WithChallenge() {
        Api.anonymous().get(FACILITATORS)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:mobilisesme:problem:unauthenticated"));
    }

    @Test
    void wrongRoleIs403() {
        Api.as(TestTokens.sme(UUID.randomUUID()))
                .body(Facilitators.body("Some chamber", "IT", List.of("IT")))
                .post(FACILITATORS)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:forbidden"));
    }

    @Test
    void unknownIdIs404NamingTypeAndId() {
        UUID id = UUID.randomUUID();
        Api.as(TestTokens.admin()).get(FACILITATORS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", allOf(containsString("Facilitator"), containsString(id.toString())));
    }

    @Test
    void unknownPathIs404Problem() {
        Api.as(TestTokens.admin()).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:not-found"));
    }

    @Test
    void unsupportedMethodIs405WithAllow() {
        Api.as(TestTokens.admin()).delete(FACILITATORS + "/" + UUID.randomUUID())
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:method-not-allowed"))
                .header("Allow", allOf(containsString("GET"), containsString("PUT")));
    }

    @Test
    void overlongUriIs414Problem() {
        Api.as(TestTokens.admin()).queryParam("q", "x".repeat(10_000)).get("/api/v1/smes")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:uri-too-long"))
                .body("requestId", notNullValue());
    }

    @Test
    void unacceptableMediaTypeIs406() {
        Api.as(TestTokens.admin()).accept(ContentType.XML).get(FACILITATORS)
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void duplicateIs409WithCode() {
        String name = "Duplicate chamber " + UUID.randomUUID();
        Api.as(TestTokens.admin()).body(Facilitators.body(name, "FR", List.of("FR"))).post(FACILITATORS)
                .then().statusCode(201);
        Api.as(TestTokens.admin()).body(Facilitators.body(name.toUpperCase(), "FR", List.of("FR"))).post(FACILITATORS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_FACILITATOR"));
    }

    @Test
    void staleIfMatchIs412AndMissingIfMatchIs428() {
        UUID id = Facilitators.create("DE", "DE");
        String path = FACILITATORS + "/" + id;
        var change = Facilitators.body("Renamed " + id, "DE", List.of("DE", "AT"));
        Api.as(TestTokens.admin()).body(change).put(path)
                .then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        Api.as(TestTokens.admin()).header("If-Match", "\"41\"").body(change).put(path)
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("STALE_VERSION"))
                .body("currentVersion", equalTo(0));
        Api.as(TestTokens.admin()).get(path).then().body("coveredCountries", equalTo(List.of("DE")));
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"name\":\"" + "x".repeat(300_000) + "\"}";
        Api.as(TestTokens.admin()).body(huge).post(FACILITATORS)
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void oversizedChunkedBodyIs413Problem() throws Exception {
        byte[] huge = ("{\"name\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + FACILITATORS))
                .header("Authorization", TestTokens.bearer(TestTokens.admin()))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("urn:mobilisesme:problem:payload-too-large");
    }

    @Test
    void wrongContentTypeIs415() {
        Api.as(TestTokens.admin()).contentType(ContentType.TEXT).body("name=x").post(FACILITATORS)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void businessRuleIs422WithStableCode() {
        Api.anonymous().get("/test-probes/rule")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("SAME_COUNTRY"));
    }

    @Test
    void unexpectedErrorIs500WithoutInternals() {
        Api.anonymous().get("/test-probes/bug")
                .then().statusCode(500).contentType("application/problem+json")
                .body(not(containsString("eu.mobilisesme")))
                .body(not(containsString("IllegalStateException")))
                .body("requestId", notNullValue());
    }

    @Test
    void requestIdIsEchoedOrAssigned() {
        Api.anonymous().header("X-Request-Id", "partner-42").get(FACILITATORS)
                .then().header("X-Request-Id", "partner-42").body("requestId", equalTo("partner-42"));
        Api.anonymous().header("X-Request-Id", "bad id with spaces").get(FACILITATORS)
                .then().header("X-Request-Id", not(equalTo("bad id with spaces")));
    }
}
