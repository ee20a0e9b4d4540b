package eu.mobilisesme.common.security;

import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;

/** Only tokens signed by the configured key, for this issuer and audience, and still valid, get in. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class TokenVerificationTest {

    private static final String PROTECTED = "/api/v1/facilitators";

    @Test
    void validTokenIsAccepted() {
        Api.as(TestTokens.admin()).get(PROTECTED).then().statusCode(200);
    }

    @Test
    void expiredTokenIs401() {
        long now = Instant.now().getEpochSecond();
        String expired = TestTokens.sign(TestTokens.claims("someone", Roles.PROGRAMME_ADMIN)
                .issuedAt(now - 7200).expiresAt(now - 3600));
        assertRejected(expired);
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = TestTokens.claims("someone", Roles.PROGRAMME_ADMIN).jws()
                .algorithm(SignatureAlgorithm.RS256).sign(generator.generateKeyPair().getPrivate());
        assertRejected(forged);
    }

    @Test
    void unsignedTokenWithAlgNoneIs401() {
        String valid = TestTokens.admin();
        String payload = valid.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertRejected(header + "." + payload + ".");
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        assertRejected(TestTokens.sign(TestTokens.claims("someone", Roles.PROGRAMME_ADMIN)
                .issuer("https://evil.example.com")));
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        assertRejected(TestTokens.sign(TestTokens.claims("someone", Roles.PROGRAMME_ADMIN)
                .audience("another-api")));
    }

    @Test
    void tokenWithoutKnownRoleIs403() {
        Api.as(TestTokens.sign(TestTokens.claims("someone", "guest"))).get(PROTECTED).then().statusCode(403);
    }

    @Test
    void healthMetricsAndContractAreOpen() {
        Api.management().get("/q/health/live").then().statusCode(200);
        Api.management().get("/q/metrics").then().statusCode(200);
        Api.anonymous().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void healthAndMetricsAreNotOnTheApiPort() {
        Api.anonymous().get("/q/health/live").then().statusCode(404);
        Api.anonymous().get("/q/metrics").then().statusCode(404);
    }

    private static void assertRejected(String token) {
        Api.as(token).get(PROTECTED).then().statusCode(401)
                .body("type", equalTo("urn:mobilisesme:problem:unauthenticated"));
    }
}
