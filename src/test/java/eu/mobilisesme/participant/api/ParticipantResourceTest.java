package eu.mobilisesme.participant.api;

import static eu.mobilisesme.support.Smes.SMES;
import static eu.mobilisesme.support.Smes.italian;
import static eu.mobilisesme.support.Smes.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class ParticipantResourceTest {

    private static final String PARTICIPANTS = "/api/v1/participants/";

    private UUID facilitator;
    private UUID sme;

    @BeforeEach
    void registerAPublicCompany() {
        facilitator = Facilitators.create("IT", "IT");
        sme = Smes.verified(italian("Employer " + UUID.randomUUID()), facilitator);
    }

    private static Map<String, Object> person(String email) {
        return Map.of("firstName", "Giulia", "lastName", "Rossi", "email", email, "role", "MANAGER",
                "jobTitle", "Export manager",
                "languages", List.of(Map.of("language", "it", "level", "C2"), Map.of("language", "en-gb", "level", "B2")),
                "iscoCode", "1221", "hasDisability", true, "catalogueConsent", true);
    }

    private String add(String token, Map<String, Object> person) {
        return Api.as(token).body(person).post(SMES + "/" + sme + "/participants")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void theCompanyAddsReadsAndChangesItsPeople() {
        var created = Api.as(TestTokens.sme(sme)).body(person("giulia@example.it"))
                .post(SMES + "/" + sme + "/participants")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("smeId", equalTo(sme.toString()))
                .body("languages.language", equalTo(List.of("it", "en-GB")))
                .body("hasDisability", equalTo(true))
                .body("erased", equalTo(false))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(PARTICIPANTS + id);

        Api.as(TestTokens.facilitator(facilitator)).get(PARTICIPANTS + id).then().statusCode(200)
                .body("hasDisability", equalTo(true));
        Api.as(TestTokens.admin()).header("If-Match", "\"0\"").body(with(person("giulia@example.it"), "role", "OWNER"))
                .put(PARTICIPANTS + id).then().statusCode(200).header("ETag", "\"1\"").body("role", equalTo("OWNER"));
        Api.as(TestTokens.sme(sme)).body(person("giulia@example.it")).put(PARTICIPANTS + id).then().statusCode(428);
        Api.as(TestTokens.sme(sme)).header("If-Match", "\"0\"").body(person("giulia@example.it"))
                .put(PARTICIPANTS + id).then().statusCode(412);
        Api.as(TestTokens.sme(sme)).get(SMES + "/" + sme + "/participants").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void aDeclaredGenderIsSeenWhereTheDisabilityFlagIsAndNowhereElse() {
        String id = Api.as(TestTokens.sme(sme)).body(with(person("eva@example.it"), "gender", "FEMALE"))
                .post(SMES + "/" + sme + "/participants")
                .then().statusCode(201).body("gender", equalTo("FEMALE")).extract().path("id");
        for (String manager : List.of(TestTokens.sme(sme), TestTokens.facilitator(facilitator), TestTokens.admin())) {
            Api.as(manager).get(PARTICIPANTS + id).then().statusCode(200)
                    .body("hasDisability", equalTo(true)).body("gender", equalTo("FEMALE"));
            Api.as(manager).get(SMES + "/" + sme + "/participants").then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.gender", equalTo("FEMALE"));
        }
        for (String outsider : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()))) {
            Api.as(outsider).get(PARTICIPANTS + id).then().statusCode(404).body(not(containsString("FEMALE")));
            Api.as(outsider).get(PARTICIPANTS + id + "/export").then().statusCode(404)
                    .body(not(containsString("FEMALE")));
        }
        Api.as(TestTokens.partner("eures", "catalogue:read smes:write")).get(PARTICIPANTS + id)
                .then().statusCode(403).body(not(containsString("FEMALE")));
    }

    @Test
    void aGenderIsDeclaredOnlyIfGivenAndChangesWithTheDetails() {
        String id = add(TestTokens.sme(sme), person("sam@example.it"));
        Api.as(TestTokens.facilitator(facilitator)).get(PARTICIPANTS + id).then().statusCode(200)
                .body("hasDisability", equalTo(true)).body("$", not(hasKey("gender")));
        Api.as(TestTokens.sme(sme)).header("If-Match", "\"0\"").body(with(person("sam@example.it"), "gender", "MALE"))
                .put(PARTICIPANTS + id).then().statusCode(200).body("gender", equalTo("MALE"));
        Api.as(TestTokens.admin()).header("If-Match", "\"1\"").body(with(person("sam@example.it"), "gender", "OTHER"))
                .put(PARTICIPANTS + id).then().statusCode(200).body("gender", equalTo("OTHER"));
        Api.as(TestTokens.sme(sme)).get(PARTICIPANTS + id).then().statusCode(200).body("gender", equalTo("OTHER"));
        // A replacement states the details anew: without a gender, the person has withdrawn their declaration.
        Api.as(TestTokens.sme(sme)).header("If-Match", "\"2\"").body(person("sam@example.it"))
                .put(PARTICIPANTS + id).then().statusCode(200).body("$", not(hasKey("gender")));
        Api.as(TestTokens.sme(sme)).get(PARTICIPANTS + id).then().statusCode(200).body("$", not(hasKey("gender")));
    }

    @Test
    void anUnknownGenderIsRefusedByName() {
        Api.as(TestTokens.sme(sme)).body(with(person("x@example.it"), "gender", "X"))
                .post(SMES + "/" + sme + "/participants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("gender")))
                .body(not(containsString("eu.mobilisesme")), not(containsString("Gender")));
        Api.as(TestTokens.sme(sme)).get(SMES + "/" + sme + "/participants").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void nobodyElseReachesThePeopleOfACompany() {
        String id = add(TestTokens.sme(sme), person("marco@example.it"));
        for (String outsider : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()))) {
            Api.as(outsider).get(PARTICIPANTS + id).then().statusCode(404);
            Api.as(outsider).get(PARTICIPANTS + id + "/export").then().statusCode(404);
            Api.as(outsider).post(PARTICIPANTS + id + "/erasure").then().statusCode(404);
            Api.as(outsider).header("If-Match", "*").body(person("x@example.it")).put(PARTICIPANTS + id)
                    .then().statusCode(404);
            // The company is in the public catalogue, so its existence is no secret, but its people are: for an
            // outsider they do not exist, like any resource it may not read.
            Api.as(outsider).get(SMES + "/" + sme + "/participants").then().statusCode(404);
            Api.as(outsider).body(person("y@example.it")).post(SMES + "/" + sme + "/participants")
                    .then().statusCode(404);
        }
        String partner = TestTokens.partner("eures", "catalogue:read smes:write");
        Api.as(partner).get(PARTICIPANTS + id).then().statusCode(403);
        Api.as(partner).get(SMES + "/" + sme + "/participants").then().statusCode(403);
        Api.as(TestTokens.sme(sme)).get(SMES + "/" + UUID.randomUUID() + "/participants").then().statusCode(404);
        Api.as(TestTokens.admin()).get(PARTICIPANTS + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void emailsAreUniqueWithinACompanyAndFieldsAreValidated() {
        add(TestTokens.sme(sme), person("same@example.it"));
        Api.as(TestTokens.sme(sme)).body(person("SAME@example.it")).post(SMES + "/" + sme + "/participants")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_PARTICIPANT"));

        var invalid = with(with(with(with(person("not-an-email"), "role", "INTERN"), "iscoCode", "12"),
                "escoOccupation", "https://example.org/x"), "languages",
                List.of(Map.of("language", "it", "level", "D1")));
        Api.as(TestTokens.sme(sme)).body(invalid).post(SMES + "/" + sme + "/participants")
                .then().statusCode(400);
        Api.as(TestTokens.sme(sme)).body(with(with(person("ok@example.it"), "iscoCode", "12"), "escoOccupation",
                "https://example.org/x")).post(SMES + "/" + sme + "/participants")
                .then().statusCode(400).body("errors.field", equalTo(List.of("escoOccupation", "iscoCode")));
        Api.as(TestTokens.sme(sme)).body(with(person("twice@example.it"), "languages",
                List.of(Map.of("language", "it", "level", "C2"), Map.of("language", "IT", "level", "A1"))))
                .post(SMES + "/" + sme + "/participants")
                .then().statusCode(400).body("errors[0].field", equalTo("languages"));
    }

    @Test
    void exportGivesEverythingHeldInOneDocument() {
        String id = add(TestTokens.sme(sme), with(person("export@example.it"), "gender", "MALE"));
        Api.as(TestTokens.facilitator(facilitator)).get(PARTICIPANTS + id + "/export")
                .then().statusCode(200)
                .body("$", hasKey("exportedAt"))
                .body("participant.email", equalTo("export@example.it"))
                .body("participant.hasDisability", equalTo(true))
                .body("participant.gender", equalTo("MALE"))
                .body("participant.createdBy", not(nullValue()))
                .body("company.id", equalTo(sme.toString()));
    }

    @Test
    void erasurePseudonymisesForGoodAndKeepsTheRecord() {
        String id = add(TestTokens.sme(sme), with(person("erase@example.it"), "gender", "OTHER"));
        Api.as(TestTokens.sme(sme)).header("If-Match", "\"7\"").post(PARTICIPANTS + id + "/erasure")
                .then().statusCode(412);
        for (int i = 0; i < 2; i++) {
            Api.as(TestTokens.sme(sme)).post(PARTICIPANTS + id + "/erasure")
                    .then().statusCode(200)
                    .body("erased", equalTo(true))
                    .body("erasedAt", not(nullValue()))
                    .body("erasedBy", not(nullValue()))
                    .body("role", equalTo("MANAGER"))
                    .body("$", not(hasKey("firstName")))
                    .body("$", not(hasKey("email")))
                    .body("$", not(hasKey("hasDisability")))
                    .body("$", not(hasKey("gender")))
                    .body("languages", equalTo(List.of()));
        }
        Api.as(TestTokens.sme(sme)).header("If-Match", "*").body(person("back@example.it")).put(PARTICIPANTS + id)
                .then().statusCode(409).body("code", equalTo("PARTICIPANT_ERASED"));
        // Read anew from the database: the column itself was cleared, not only the answer to the erasure.
        Api.as(TestTokens.admin()).get(PARTICIPANTS + id + "/export").then().statusCode(200)
                .body("participant.erased", equalTo(true)).body("participant", not(hasKey("lastName")))
                .body("participant", not(hasKey("gender")));
        // The address is free again: erasure leaves nothing to match on.
        add(TestTokens.sme(sme), person("erase@example.it"));
    }

    @Test
    void pagesThroughEveryParticipantOnce() {
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(add(TestTokens.sme(sme), person("p" + i + "@example.it")));
        }
        List<String> seen = new ArrayList<>();
        String cursor = "";
        do {
            var page = Api.as(TestTokens.sme(sme)).queryParam("limit", 2).queryParam("cursor", cursor)
                    .get(SMES + "/" + sme + "/participants").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(added);
    }
}
