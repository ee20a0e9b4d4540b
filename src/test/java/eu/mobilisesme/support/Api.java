package eu.mobilisesme.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests with a real bearer token. */
public final class Api {

    /** The system property in which the test resource leaves the management port (health, metrics). */
    public static final String MANAGEMENT_PORT_PROPERTY = "mobilisesme.test.management-port";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A request to the management interface, where health and metrics are served apart from the API. */
    public static RequestSpecification management() {
        return given().port(Integer.getInteger(MANAGEMENT_PORT_PROPERTY));
    }
}
