package eu.mobilisesme.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;

/**
 * The limits through HTTP, on the suite's own configuration: budgets no other test can spend (1,000,000 a minute) and
 * a tier {@code tiny} of 5 a minute, for clients of these tests only. The service's clock stands still unless a test
 * moves it, so no bucket refills behind a test's back. Spending a whole address's budget is shown by
 * RateLimitGateTest; here the requests come from a loopback address of their own, so the counts start afresh.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class RateLimitTest {

    private static final String FACILITATORS = "/api/v1/facilitators";
    private static final String SUITE_LIMIT = "1000000";

    @Test
    void aPartnerClientInASmallTierIsAnswered429WithRetryAfterUntilATokenIsBack() {
        String clientId = "tiny-portal-" + UUID.randomUUID();
        String token = TestTokens.partner(clientId, "catalogue:read");
        Sql.update("update partner_client set rate_limit_tier = 'tiny' where client_id = ?", clientId);

        for (int i = 1; i <= 5; i++) {
            Api.as(token).get(FACILITATORS).then().statusCode(200)
                    .header(RateLimitFilter.LIMIT, "5")
                    .header(RateLimitFilter.REMAINING, String.valueOf(5 - i))
                    .header(RateLimitFilter.RESET, String.valueOf(12 * i));
        }
        Api.as(token).get(FACILITATORS).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "12")
                .header(RateLimitFilter.REMAINING, "0")
                .header(RateLimitFilter.RESET, "60")
                .body("type", equalTo("urn:mobilisesme:problem:too-many-requests"))
                .body("detail", equalTo("Too many requests; retry after 12 seconds."));
        Api.as(TestTokens.partner("portal-" + UUID.randomUUID(), "catalogue:read")).get(FACILITATORS)
                .then().statusCode(200).header(RateLimitFilter.LIMIT, SUITE_LIMIT);

        TestClock.advance(Duration.ofSeconds(12));
        Api.as(token).get(FACILITATORS).then().statusCode(200).header(RateLimitFilter.REMAINING, "0");
        Api.as(token).get(FACILITATORS).then().statusCode(429).header("Retry-After", "12");
    }

    @Test
    void aPersonHasOneBudgetHoweverManyTokensItHolds() {
        String subject = "admin-" + UUID.randomUUID();
        for (int i = 1; i <= 3; i++) {
            Api.as(TestTokens.sign(TestTokens.claims(subject, Roles.PROGRAMME_ADMIN))).get(FACILITATORS)
                    .then().statusCode(200)
                    .header(RateLimitFilter.LIMIT, SUITE_LIMIT)
                    .header(RateLimitFilter.REMAINING, String.valueOf(1_000_000 - i));
        }
    }

    @Test
    void madeUpTokensSpendTheirAddressesBudgetAndAPersonThereKeepsItsOwn() {
        String block = loopbackBlockOfItsOwn();
        String address = block + ".1";
        for (int i = 1; i <= 3; i++) {
            from(address).header("Authorization", "Bearer made-up-" + UUID.randomUUID()).get(FACILITATORS)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header(RateLimitFilter.REMAINING, String.valueOf(1_000_000 - i));
        }
        from(address).get(FACILITATORS).then().statusCode(401)
                .header(RateLimitFilter.REMAINING, String.valueOf(1_000_000 - 4));

        from(address).header("Authorization", TestTokens.bearer(TestTokens.admin())).get(FACILITATORS)
                .then().statusCode(200).header(RateLimitFilter.REMAINING, String.valueOf(1_000_000 - 1));
        from(block + ".2").header("Authorization", "Bearer made-up").get(FACILITATORS)
                .then().statusCode(401).header(RateLimitFilter.REMAINING, String.valueOf(1_000_000 - 1));
    }

    @Test
    void errorsCarryTheBudgetToo() {
        Api.anonymous().get("/api/v1/no-such-thing").then().statusCode(404)
                .header(RateLimitFilter.LIMIT, SUITE_LIMIT).header(RateLimitFilter.RESET, "1");
    }

    /** A /24 of the 127.0.0.0/8 block, whose addresses all reach this machine (Linux routes them to lo). */
    private static String loopbackBlockOfItsOwn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(256);
    }

    private static RequestSpecification from(String address) {
        try {
            InetAddress local = InetAddress.getByName(address);
            return given().baseUri("http://127.0.0.1").config(RestAssured.config().httpClient(HttpClientConfig
                    .httpClientConfig().setParam(ConnRoutePNames.LOCAL_ADDRESS, local)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
