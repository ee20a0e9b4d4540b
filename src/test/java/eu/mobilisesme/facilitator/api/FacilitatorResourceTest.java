package eu.mobilisesme.facilitator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class FacilitatorResourceTest {

    private static final String FACILITATORS = "/api/v1/facilitators";

    @Test
    void adminCreatesAndEveryRoleReads() {
        String name = "Chambre de commerce " + UUID.randomUUID();
        var created = Api.as(TestTokens.admin())
                .body(Facilitators.body(name, "FR", List.of("LU", "FR", "FR")))
                .post(FACILITATORS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("coveredCountries", equalTo(List.of("FR", "LU")))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(FACILITATORS + "/" + id);

        for (String token : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()),
                TestTokens.partner("eures", "catalogue:read"), TestTokens.admin())) {
            Api.as(token).get(FACILITATORS + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                    .body("name", equalTo(name));
        }
    }

    @Test
    void onlyAdminsChangeFacilitators() {
        UUID id = Facilitators.create("ES", "ES");
        var change = Facilitators.body("Cámara " + id, "ES", List.of("ES"));
        for (String token : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(id),
                TestTokens.partner("eures", "smes:write"))) {
            Api.as(token).header("If-Match", "\"0\"").body(change).put(FACILITATORS + "/" + id)
                    .then().statusCode(403);
        }
        Api.as(TestTokens.admin()).header("If-Match", "\"0\"").body(change).put(FACILITATORS + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Cámara " + id));
    }

    @Test
    void filtersByCoveredCountryAndActiveFlag() {
        UUID covering = Facilitators.create("BE", "BE", "CY");
        Api.as(TestTokens.admin()).queryParam("coveredCountry", "CY").queryParam("active", true)
                .queryParam("limit", 100).get(FACILITATORS)
                .then().statusCode(200)
                .body("items.id", hasItem(covering.toString()))
                .body("items.coveredCountries", everyItem(hasItem("CY")))
                .body("items.active", everyItem(equalTo(true)));
    }

    @Test
    void pagesThroughEveryFacilitatorOnceInNameOrder() {
        String country = "MT";
        for (int i = 0; i < 5; i++) {
            Facilitators.create(country, country);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var page = Api.as(TestTokens.admin()).queryParam("coveredCountry", country).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get(FACILITATORS).then().statusCode(200).extract();
            names.addAll(page.path("items.name"));
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(names).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void lastPageHasNoNextCursorAndForgedCursorIs400() {
        Api.as(TestTokens.admin()).queryParam("coveredCountry", "IS").get(FACILITATORS)
                .then().statusCode(200).body("next", nullValue());
        Api.as(TestTokens.admin()).queryParam("cursor", "not-a-cursor").get(FACILITATORS)
                .then().statusCode(400).body("type", equalTo("urn:mobilisesme:problem:invalid-parameter"));
    }

    @Test
    void twoConcurrentUpdatesWithTheSameIfMatchHaveExactlyOneWinner() {
        UUID id = Facilitators.create("PL", "PL");
        List<IntSupplier> writers = List.of("Izba A " + id, "Izba B " + id).stream()
                .<IntSupplier>map(newName -> () -> Api.as(TestTokens.admin()).header("If-Match", "\"0\"")
                        .body(Facilitators.body(newName, "PL", List.of("PL"))).put(FACILITATORS + "/" + id)
                        .statusCode())
                .toList();
        assertThat(Concurrently.statuses(writers)).containsExactly(200, 412);
        Api.as(TestTokens.admin()).get(FACILITATORS + "/" + id).then().body("version", equalTo(1));
    }

    @Test
    void twoConcurrentCreatesOfTheSameFacilitatorGiveOneCreatedAndOneConflict() {
        String name = "Kamara " + UUID.randomUUID();
        assertThat(Concurrently.statuses(2, () -> Api.as(TestTokens.admin())
                .body(Facilitators.body(name, "BG", List.of("BG"))).post(FACILITATORS).statusCode()))
                .containsExactly(201, 409);
    }
}
