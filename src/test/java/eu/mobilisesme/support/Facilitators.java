package eu.mobilisesme.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Facilitators created through the API, for tests that need one. */
public final class Facilitators {

    private Facilitators() {
    }

    public static Map<String, Object> body(String name, String country, List<String> covered) {
        return Map.of("name", name, "country", country, "coveredCountries", covered,
                "contactEmail", "contact@" + country.toLowerCase() + ".example.eu", "active", true);
    }

    /** A new active facilitator with a unique name, covering {@code covered}. */
    public static UUID create(String country, String... covered) {
        String id = Api.as(TestTokens.admin())
                .body(body("Chamber " + UUID.randomUUID(), country, List.of(covered)))
                .post("/api/v1/facilitators")
                .then().statusCode(201)
                .extract().path("id");
        return UUID.fromString(id);
    }
}
