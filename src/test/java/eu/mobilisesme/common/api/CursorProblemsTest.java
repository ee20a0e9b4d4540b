package eu.mobilisesme.common.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every list accepts only the cursors it issued: one from another list, one changed by hand and one never issued
 * are each a 400 with code INVALID_CURSOR, never a 500 from parsing someone else's sort key.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class CursorProblemsTest {

    private static final String FACILITATORS = "/api/v1/facilitators";
    private static final String COUNTRY = "LU";

    private static String facilitatorsCursor;

    /** A cursor the facilitators list issued, made once (the application is not up yet in a static initialiser). */
    private static synchronized String facilitatorsCursor() {
        if (facilitatorsCursor == null) {
            Facilitators.create(COUNTRY, COUNTRY);
            Facilitators.create(COUNTRY, COUNTRY);
            facilitatorsCursor = Api.as(TestTokens.admin()).queryParam("coveredCountry", COUNTRY)
                    .queryParam("limit", 1).get(FACILITATORS).then().statusCode(200).extract().path("next");
            assertThat(facilitatorsCursor).isNotBlank();
        }
        return facilitatorsCursor;
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/smes", "/api/v1/smes/review-queue", "/api/v1/mobility-applications",
            "/api/v1/smes/5e5e0000-0000-4000-8000-00000000abcd/participants" })
    void aCursorFromAnotherListIsInvalid(String list) {
        expectInvalidCursor(list, facilitatorsCursor());
    }

    @ParameterizedTest
    @ValueSource(strings = { FACILITATORS, "/api/v1/smes", "/api/v1/smes/review-queue",
            "/api/v1/mobility-applications", "/api/v1/smes/5e5e0000-0000-4000-8000-00000000abcd/participants" })
    void aCursorNeverIssuedIsInvalid(String list) {
        expectInvalidCursor(list, "not-a-cursor");
        expectInvalidCursor(list, "MjAyNi0wMS0wMR-" + UUID.randomUUID());
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 5, 20 })
    void aCursorChangedByHandIsInvalid(int position) {
        char[] changed = facilitatorsCursor().toCharArray();
        changed[position] = changed[position] == 'A' ? 'B' : 'A';
        expectInvalidCursor(FACILITATORS, new String(changed));
    }

    @Test
    void theIssuingListFollowsItsOwnCursor() {
        List<String> names = Api.as(TestTokens.admin()).queryParam("coveredCountry", COUNTRY)
                .queryParam("limit", 1).queryParam("cursor", facilitatorsCursor()).get(FACILITATORS)
                .then().statusCode(200).extract().path("items.name");
        assertThat(names).hasSize(1);
    }

    private static void expectInvalidCursor(String list, String cursor) {
        Api.as(TestTokens.admin()).queryParam("cursor", cursor).get(list)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:invalid-parameter"))
                .body("code", equalTo("INVALID_CURSOR"))
                .body("errors[0].field", equalTo("cursor"))
                .body(ParameterProblemsTest.leaksNothing());
    }
}
