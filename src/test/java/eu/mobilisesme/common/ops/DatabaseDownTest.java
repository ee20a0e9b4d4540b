package eu.mobilisesme.common.ops;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.StoppableDatabaseResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** When PostgreSQL goes away, requests fail fast with 503 and the service reports itself not ready. */
@QuarkusTest
@WithTestResource(StoppableDatabaseResource.class)
class DatabaseDownTest {

    @Test
    void requestsAre503AndReadinessIsDownWhileAlivenessStaysUp() {
        Api.as(TestTokens.admin()).get("/api/v1/facilitators").then().statusCode(200);
        Api.management().get("/q/health/ready").then().statusCode(200);

        StoppableDatabaseResource.stopDatabase();

        Api.as(TestTokens.admin()).get("/api/v1/facilitators/" + UUID.randomUUID())
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:service-unavailable"))
                .time(lessThan(10_000L));
        Api.management().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        Api.management().get("/q/health/live").then().statusCode(200);
    }
}
