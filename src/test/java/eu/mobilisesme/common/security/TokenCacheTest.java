package eu.mobilisesme.common.security;

import static eu.mobilisesme.support.Smes.SMES;
import static eu.mobilisesme.support.Smes.italian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A token is verified once and then found in the cache, and the cache lets in nothing the verifier would refuse: a
 * forged signature over the same claims, another issuer or audience for the same subject. Each token keeps its own
 * identity. Expiry and the size bound are tested on the cache itself (VerifiedTokenCacheTest), on a clock it can move.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class TokenCacheTest {

    private static final String PROTECTED = "/api/v1/facilitators";

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aVerifiedTokenIsCachedAndAcceptedAgain() {
        String token = TestTokens.admin();
        assertThat(cache.find(token)).isNull();

        Api.as(token).get(PROTECTED).then().statusCode(200);
        assertThat(cache.find(token)).isNotNull();
        Api.as(token).get(PROTECTED).then().statusCode(200);
    }

    @Test
    void aForgedSignatureOverTheClaimsOfACachedTokenIsRefused() throws GeneralSecurityException {
        String token = TestTokens.admin();
        Api.as(token).get(PROTECTED).then().statusCode(200);

        String signedPart = token.substring(0, token.lastIndexOf('.'));
        String forged = signedPart + "." + signatureByAnotherKey(signedPart);
        assertRejected(forged);
        assertThat(cache.find(forged)).isNull();
        String truncated = token.substring(0, token.length() - 2);
        assertRejected(truncated);
        assertThat(cache.find(truncated)).isNull();
        Api.as(token).get(PROTECTED).then().statusCode(200);
    }

    @Test
    void anotherIssuerOrAudienceForTheSubjectOfACachedTokenIsRefused() {
        String subject = "admin-" + UUID.randomUUID();
        Api.as(TestTokens.sign(TestTokens.claims(subject, Roles.PROGRAMME_ADMIN))).get(PROTECTED)
                .then().statusCode(200);

        assertRejected(TestTokens.sign(TestTokens.claims(subject, Roles.PROGRAMME_ADMIN)
                .issuer("https://evil.example.com")));
        assertRejected(TestTokens.sign(TestTokens.claims(subject, Roles.PROGRAMME_ADMIN).audience("another-api")));
    }

    @Test
    void eachCachedTokenKeepsItsOwnIdentity() {
        UUID facilitator = Facilitators.create("IT", "IT");
        UUID companyA = Smes.register(italian("Alpha " + UUID.randomUUID()), facilitator);
        UUID companyB = Smes.register(italian("Beta " + UUID.randomUUID()), facilitator);
        String userA = TestTokens.sme(companyA);
        String userB = TestTokens.sme(companyB);

        for (int round = 0; round < 2; round++) {
            Api.as(userA).get(SMES + "/" + companyA).then().statusCode(200).body("id", equalTo(companyA.toString()));
            Api.as(userB).get(SMES + "/" + companyA).then().statusCode(404);
            Api.as(userB).get(SMES + "/" + companyB).then().statusCode(200).body("id", equalTo(companyB.toString()));
            Api.as(userA).get(SMES + "/" + companyB).then().statusCode(404);
        }
        assertThat(cache.find(userA).getClaim("sme_id").toString()).isEqualTo(companyA.toString());
        assertThat(cache.find(userB).getClaim("sme_id").toString()).isEqualTo(companyB.toString());
    }

    private static String signatureByAnotherKey(String signedPart) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(generator.generateKeyPair().getPrivate());
        signature.update(signedPart.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static void assertRejected(String token) {
        Api.as(token).get(PROTECTED).then().statusCode(401)
                .body("type", equalTo("urn:mobilisesme:problem:unauthenticated"));
    }
}
