package eu.mobilisesme.common.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With a budget of 5 requests a minute, every answer says what is left, the sixth request of one caller is a 429
 * with Retry-After, and the caller may go on in the next minute. The minute is the service's clock, so the test cannot
 * straddle two windows.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
@TestProfile(RateLimitTest.LowBudget.class)
class RateLimitTest {

    public static class LowBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mobilisesme.rate-limit.requests-per-minute", "5");
        }
    }

    @Test
    void sixthRequestOfACallerIs429() {
        String token = TestTokens.admin();
        for (int i = 0; i < 5; i++) {
            Api.as(token).get("/api/v1/facilitators").then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(4 - i))
                    .header("RateLimit-Reset", matchesPattern("[1-9][0-9]?"));
        }
        Api.as(token).get("/api/v1/facilitators")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("type", equalTo("urn:mobilisesme:problem:too-many-requests"));
        Api.as(TestTokens.admin()).get("/api/v1/facilitators").then().statusCode(200);
        TestClock.advance(Duration.ofMinutes(1));
        Api.as(token).get("/api/v1/facilitators").then().statusCode(200);
    }

    @Test
    void aCallerHasOneBudgetHoweverManyTokensItHolds() {
        TestClock.advance(Duration.ofMinutes(10)); // a window of its own
        String subject = "admin-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            Api.as(TestTokens.sign(TestTokens.claims(subject, Roles.PROGRAMME_ADMIN))).get("/api/v1/facilitators")
                    .then().statusCode(200);
        }
        Api.as(TestTokens.sign(TestTokens.claims(subject, Roles.PROGRAMME_ADMIN))).get("/api/v1/facilitators")
                .then().statusCode(429);
    }

    @Test
    void madeUpTokensBuyNoBudgetOfTheirOwn() {
        TestClock.advance(Duration.ofMinutes(20)); // a window of its own
        for (int i = 0; i < 5; i++) {
            Api.as("made-up-" + i).get("/api/v1/facilitators").then().statusCode(401)
                    .header("RateLimit-Remaining", String.valueOf(4 - i));
        }
        Api.as("made-up-5").get("/api/v1/facilitators").then().statusCode(429);
    }

    @Test
    void errorsCarryTheBudgetToo() {
        Api.anonymous().get("/api/v1/facilitators").then().statusCode(401)
                .header("RateLimit-Limit", "5").header("RateLimit-Remaining", notNullValue());
    }
}
