package eu.mobilisesme.mobility.api;

import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static eu.mobilisesme.support.Mobility.step;
import static eu.mobilisesme.support.Smes.SMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The programme's rules on applications, who may see and do what, and the rules under concurrent requests. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class MobilityRulesTest {

    private static final LocalDate START = LocalDate.parse("2027-06-01");

    private static void expectRule(String token, String id, String step, Map<String, ?> body, String code) {
        Api.as(token).body(body).post(APPLICATIONS + "/" + id + "/" + step)
                .then().statusCode(422).body("code", equalTo(code));
    }

    @Test
    void aDraftMustFitThePolicyAndNameAPersonOfTheCompany() {
        Mobility cast = new Mobility();
        Api.as(cast.senderToken()).body(Map.of("participantId", cast.participant(), "collaborationType", "TRAINING",
                "learningProject", Mobility.project(START, START.plusDays(10)))).post(APPLICATIONS)
                .then().statusCode(422).body("code", equalTo("DURATION_OUT_OF_POLICY"));
        Api.as(cast.senderToken()).body(Map.of("participantId", UUID.randomUUID(), "collaborationType", "TRAINING",
                "learningProject", Mobility.project(START, START.plusMonths(1)))).post(APPLICATIONS)
                .then().statusCode(422).body("code", equalTo("PARTICIPANT_NOT_OF_COMPANY"));
        Api.as(cast.senderToken()).body(Map.of("participantId", cast.participant(), "collaborationType", "TRAINING",
                "learningProject", Map.of("objectivesForSender", List.of(), "stay", List.of()))).post(APPLICATIONS)
                .then().statusCode(400);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(APPLICATIONS).then().statusCode(403);
    }

    @Test
    void anUnverifiedOrHostOnlyCompanyCannotSend() {
        UUID pending = UUID.randomUUID();
        UUID facilitator = Facilitators.create("IT", "IT");
        Api.as(TestTokens.sme(pending)).body(Smes.with(Smes.italian("Pending " + pending), "facilitatorId",
                facilitator)).post(SMES).then().statusCode(201);
        String id = draftFor(pending);
        expectRule(TestTokens.sme(pending), id, "submit", Map.of(), "SENDER_NOT_VERIFIED");

        UUID hostOnly = UUID.randomUUID();
        Api.as(TestTokens.sme(hostOnly)).body(Smes.with(Smes.with(Smes.italian("Host only " + hostOnly),
                "facilitatorId", facilitator), "exchangeRole", "HOST")).post(SMES).then().statusCode(201);
        Api.as(TestTokens.facilitator(facilitator)).body(Map.of()).post(SMES + "/" + hostOnly + "/verify")
                .then().statusCode(200);
        expectRule(TestTokens.sme(hostOnly), draftFor(hostOnly), "submit", Map.of(), "LARGE_COMPANY_CANNOT_SEND");
    }

    @Test
    void atMostTwoParticipantsOfACompanyPerCallAndNoOverlappingStays() {
        Mobility cast = new Mobility();
        UUID first = cast.participant();
        assertThat(step(cast.senderToken(), cast.draft(first, START), "submit", Map.of())).isEqualTo(200);
        expectRule(cast.senderToken(), cast.draft(first, START.plusDays(10)), "submit", Map.of(),
                "OVERLAPPING_MOBILITY");
        // The same person again, later: no overlap, and still one of the company's two places.
        assertThat(step(cast.senderToken(), cast.draft(first, START.plusMonths(3)), "submit", Map.of()))
                .isEqualTo(200);
        assertThat(step(cast.senderToken(), cast.draft(cast.participant(), START), "submit", Map.of()))
                .isEqualTo(200);
        expectRule(cast.senderToken(), cast.draft(cast.participant(), START), "submit", Map.of(),
                "TOO_MANY_PARTICIPANTS");
    }

    @Test
    void proposalsGoToHostsOfTheCatalogueInAnotherCountryAndAreLimited() {
        Mobility cast = new Mobility();
        String id = cast.eligible(cast.participant(), START);
        String proposals = APPLICATIONS + "/" + id + "/proposals";
        UUID italianHost = Smes.verified(Smes.italian("Italian host " + UUID.randomUUID()), cast.sendingFacilitator);
        Api.as(cast.senderToken()).body(Map.of("hostSmeId", italianHost)).post(proposals)
                .then().statusCode(422).body("code", equalTo("SAME_COUNTRY"));
        // A company not (yet) in the catalogue is answered like one that does not exist.
        UUID pendingHost = Smes.register(Mobility.austrian("Pending host " + UUID.randomUUID()), cast.hostFacilitator);
        UUID unlisted = Smes.verified(Smes.with(Mobility.austrian("Unlisted " + UUID.randomUUID()),
                "catalogueConsent", false), cast.hostFacilitator);
        for (UUID notInTheCatalogue : List.of(pendingHost, unlisted, UUID.randomUUID())) {
            Api.as(cast.senderToken()).body(Map.of("hostSmeId", notInTheCatalogue)).post(proposals)
                    .then().statusCode(422).body("code", equalTo("HOST_NOT_AVAILABLE"));
        }

        for (int i = 0; i < 5; i++) {
            UUID host = Smes.verified(Mobility.austrian("Host " + i + " " + UUID.randomUUID()), cast.hostFacilitator);
            Api.as(cast.sendingFacilitatorToken()).body(Map.of("hostSmeId", host)).post(proposals)
                    .then().statusCode(201);
        }
        Api.as(cast.senderToken()).body(Map.of("hostSmeId", cast.host)).post(proposals)
                .then().statusCode(422).body("code", equalTo("TOO_MANY_PROPOSALS"));
    }

    @Test
    void aHostReceivesNoMorePeopleAtOnceThanItsCapacity() {
        Mobility cast = new Mobility();
        UUID returning = cast.participant();
        String first = cast.eligible(returning, START);
        String second = cast.eligible(cast.participant(), START.plusDays(14));
        String later = cast.eligible(returning, START.plusMonths(2));
        for (String id : List.of(first, second, later)) {
            String proposal = Api.as(cast.senderToken()).body(Map.of("hostSmeId", cast.host))
                    .post(APPLICATIONS + "/" + id + "/proposals").then().statusCode(201).extract().path("id");
            Api.as(cast.hostToken()).body(Map.of()).post(APPLICATIONS + "/" + id + "/proposals/" + proposal + "/accept")
                    .then().statusCode(id.equals(second) ? 422 : 200);
        }
        Api.as(cast.senderToken()).get(APPLICATIONS + "/" + second).then().body("status", equalTo("ELIGIBLE"));
    }

    @Test
    void eachPartySeesOnlyItsApplicationsAndDoesOnlyItsSteps() {
        Mobility cast = new Mobility();
        String id = cast.draft(cast.participant(), START);
        String url = APPLICATIONS + "/" + id;
        for (String outsider : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()),
                cast.hostToken())) {
            Api.as(outsider).get(url).then().statusCode(404);
            Api.as(outsider).body(Map.of()).post(url + "/submit").then().statusCode(404);
            Api.as(outsider).get(APPLICATIONS).then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        Api.as(cast.senderToken()).get(APPLICATIONS).then().statusCode(200).body("items.id", hasItem(id));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(url + "/submit")
                .then().statusCode(403).body("code", equalTo("ACCESS_DENIED"));
        Api.as(cast.senderToken()).body(Map.of()).post(url + "/start-review").then().statusCode(403);
    }

    @Test
    void facilitatorsListTheirOverdueApplications() {
        Mobility cast = new Mobility();
        String late = cast.draft(cast.participant(), START);
        String onTime = cast.draft(cast.participant(), START);
        step(cast.senderToken(), late, "submit", Map.of());
        step(cast.senderToken(), onTime, "submit", Map.of());
        Sql.update("update mobility_application set due_on = ? where id = ?", TestClock.today().minusDays(2),
                UUID.fromString(late));
        Api.as(cast.sendingFacilitatorToken()).queryParam("overdueOnly", true).get(APPLICATIONS)
                .then().statusCode(200).body("items.id", equalTo(List.of(late)));
    }

    @Test
    void twoConcurrentStepsOnOneApplicationHaveOneWinner() {
        Mobility cast = new Mobility();
        String id = cast.draft(cast.participant(), START);
        step(cast.senderToken(), id, "submit", Map.of());
        assertThat(Concurrently.statuses(2, () -> step(cast.sendingFacilitatorToken(), id, "start-review",
                Map.of()))).containsExactly(200, 409);
    }

    @Test
    void theParticipantLimitHoldsUnderConcurrentSubmissions() {
        Mobility cast = new Mobility();
        step(cast.senderToken(), cast.draft(cast.participant(), START), "submit", Map.of());
        String second = cast.draft(cast.participant(), START);
        String third = cast.draft(cast.participant(), START);
        List<IntSupplier> submissions = List.of(() -> step(cast.senderToken(), second, "submit", Map.of()),
                () -> step(cast.senderToken(), third, "submit", Map.of()));
        assertThat(Concurrently.statuses(submissions)).containsExactly(200, 422);
    }

    @Test
    void noOverlapHoldsUnderConcurrentSubmissions() {
        Mobility cast = new Mobility();
        UUID participant = cast.participant();
        String one = cast.draft(participant, START);
        String other = cast.draft(participant, START.plusDays(5));
        List<IntSupplier> submissions = List.of(() -> step(cast.senderToken(), one, "submit", Map.of()),
                () -> step(cast.senderToken(), other, "submit", Map.of()));
        assertThat(Concurrently.statuses(submissions)).containsExactly(200, 422);
    }

    private static String draftFor(UUID sme) {
        String participant = Api.as(TestTokens.sme(sme)).body(Map.of("firstName", "Ada", "lastName", "Neri",
                "email", "ada@" + sme + ".example.it", "role", "OWNER", "languages", List.of(), "hasDisability", false,
                "catalogueConsent", false)).post(SMES + "/" + sme + "/participants")
                .then().statusCode(201).extract().path("id");
        return Api.as(TestTokens.sme(sme)).body(Map.of("participantId", participant, "collaborationType", "TRAINING",
                "learningProject", Mobility.project(START, START.plusMonths(1)))).post(APPLICATIONS)
                .then().statusCode(201).extract().path("id");
    }
}
