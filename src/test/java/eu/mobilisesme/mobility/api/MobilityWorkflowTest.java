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
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The workflow rules that depend on what changed since an earlier step: the facilitator in charge at submission,
 * the host's room and both companies' verification at approval, the actual dates of the stay, the actions that can
 * succeed now, and writes based on a version that is no longer current.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class MobilityWorkflowTest {

    private static final LocalDate START = LocalDate.parse("2027-06-01");

    @Test
    void aDraftMadeBeforeTheCompanyHadAFacilitatorGoesToTheOneInChargeAtSubmission() {
        // Two facilitators cover Malta, so a company registering there gets none until an administrator assigns one.
        Facilitators.create("MT", "MT");
        UUID later = Facilitators.create("MT", "MT");
        UUID company = UUID.randomUUID();
        Api.as(TestTokens.sme(company)).body(Smes.with(Smes.with(Smes.with(Smes.italian("Maltese " + company),
                "country", "MT"), "vatNumber", "MT" + Smes.digits(8)), "nutsRegion", "MT00")).post(SMES)
                .then().statusCode(201).body("facilitatorId", equalTo(null));
        Api.as(TestTokens.admin()).body(Map.of()).post(SMES + "/" + company + "/verify").then().statusCode(200);
        String id = draftFor(company);
        Api.as(TestTokens.sme(company)).body(Map.of()).post(APPLICATIONS + "/" + id + "/submit")
                .then().statusCode(422).body("code", equalTo("NO_FACILITATOR"));

        Api.as(TestTokens.admin()).body(Map.of("facilitatorId", later)).post(SMES + "/" + company + "/facilitator")
                .then().statusCode(200);
        Api.as(TestTokens.sme(company)).body(Map.of()).post(APPLICATIONS + "/" + id + "/submit")
                .then().statusCode(200).body("sendingFacilitatorId", equalTo(later.toString()));
        Api.as(TestTokens.facilitator(later)).get(APPLICATIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void aStayIsPlannedForDaysToComeWithDatesThatHaveFourDigitYears() {
        Mobility cast = new Mobility();
        UUID participant = cast.participant();
        LocalDate yesterday = TestClock.today().minusDays(1);
        Api.as(cast.senderToken()).body(Map.of("participantId", participant, "collaborationType", "TRAINING",
                "learningProject", Mobility.project(yesterday, yesterday.plusMonths(1)))).post(APPLICATIONS)
                .then().statusCode(422).body("code", equalTo("STAY_IN_THE_PAST"));
        Map<String, Object> farAway = Map.of("objectivesForSender", List.of("Learn"), "objectivesForHost",
                List.of("Sell"), "expectedOutcomes", "Orders", "activityPlan", "Plan", "stay",
                List.of(Map.of("startsOn", "+999999999-12-01", "endsOn", "2027-12-31")));
        Api.as(cast.senderToken()).body(Map.of("participantId", participant, "collaborationType", "TRAINING",
                "learningProject", farAway)).post(APPLICATIONS)
                .then().statusCode(400).body("errors.field", hasItem("learningProject.stay[0].startsOn"));

        String id = cast.draft(participant, START);
        TestClock.moveTo(START.plusDays(1));
        Api.as(cast.senderToken()).body(Map.of()).post(APPLICATIONS + "/" + id + "/submit")
                .then().statusCode(422).body("code", equalTo("STAY_IN_THE_PAST"));
    }

    @Test
    void aRevisionOfTheDatesMustStillFitTheHostsCapacity() {
        Mobility cast = new Mobility();
        cast.matched(cast.participant(), START);
        String second = cast.matched(cast.participant(), START.plusMonths(2));
        Api.as(cast.senderToken()).header("If-Match", Mobility.etag(cast.senderToken(), second))
                .body(Mobility.project(START.plusDays(10), START.plusDays(10).plusMonths(1)))
                .put(APPLICATIONS + "/" + second + "/learning-project")
                .then().statusCode(422).body("code", equalTo("HOST_AT_CAPACITY"));
        Api.as(cast.senderToken()).get(APPLICATIONS + "/" + second).then().body("learningProject.revision",
                equalTo(1));
    }

    @Test
    void approvalChecksTheHostsRoomAgain() {
        Mobility cast = new Mobility();
        setHostingCapacity(cast, 2);
        String first = cast.matched(cast.participant(), START);
        String second = cast.matched(cast.participant(), START.plusDays(7));
        setHostingCapacity(cast, 1);
        cast.signAll(second, 1);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(APPLICATIONS + "/" + second + "/approve")
                .then().statusCode(422).body("code", equalTo("HOST_AT_CAPACITY"));
        Api.as(cast.senderToken()).get(APPLICATIONS + "/" + first).then().body("status", equalTo("MATCHED"));
    }

    @Test
    void approvalChecksThatTheHostIsStillVerified() {
        Mobility cast = new Mobility();
        String id = cast.matched(cast.participant(), START);
        cast.signAll(id, 1);
        // A new legal name makes the host a company to verify again.
        cast.changeHost(Smes.with(cast.hostProfile, "legalName", "Renamed " + UUID.randomUUID()));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(APPLICATIONS + "/" + id + "/approve")
                .then().statusCode(422).body("code", equalTo("HOST_NOT_VERIFIED"));
    }

    @Test
    void arrivalAndDepartureAreConfirmedOnTheirDayWithinThePlannedStay() {
        Mobility cast = new Mobility();
        String id = cast.matched(cast.participant(), START);
        cast.signAll(id, 1);
        assertThat(step(cast.sendingFacilitatorToken(), id, "approve", Map.of())).isEqualTo(200);
        assertThat(step(cast.senderToken(), id, "insurance", Map.of("reference", "Allianz 1"))).isEqualTo(200);

        Api.as(cast.hostToken()).body(Map.of("arrivedOn", START.toString())).post(APPLICATIONS + "/" + id
                + "/confirm-arrival").then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
        TestClock.moveTo(START.plusMonths(2));
        // The seeded call's policy allows 14 days either side of the planned stay.
        Api.as(cast.hostToken()).body(Map.of("arrivedOn", START.minusDays(15).toString()))
                .post(APPLICATIONS + "/" + id + "/confirm-arrival")
                .then().statusCode(422).body("code", equalTo("DATE_OUTSIDE_PLANNED_STAY"));
        assertThat(step(cast.hostToken(), id, "confirm-arrival", Map.of("arrivedOn", START.minusDays(14).toString())))
                .isEqualTo(200);
        Api.as(cast.hostToken()).body(Map.of("departedOn", START.plusMonths(2).plusDays(1).toString()))
                .post(APPLICATIONS + "/" + id + "/confirm-departure")
                .then().statusCode(422).body("code", equalTo("DATE_IN_FUTURE"));
        assertThat(step(cast.hostToken(), id, "confirm-departure", Map.of("departedOn",
                START.plusMonths(1).toString()))).isEqualTo(200);
    }

    @Test
    void insuranceIsOfferedAndConfirmedOnce() {
        Mobility cast = new Mobility();
        String id = cast.eligible(cast.participant(), START);
        Api.as(cast.senderToken()).get(APPLICATIONS + "/" + id).then()
                .body("allowedActions", hasItem("CONFIRM_INSURANCE"));
        assertThat(step(cast.senderToken(), id, "insurance", Map.of("reference", "Allianz 1"))).isEqualTo(200);
        Api.as(cast.senderToken()).get(APPLICATIONS + "/" + id).then()
                .body("allowedActions", not(hasItem("CONFIRM_INSURANCE")));
        Api.as(cast.senderToken()).body(Map.of("reference", "Allianz 2")).post(APPLICATIONS + "/" + id + "/insurance")
                .then().statusCode(409).body("code", equalTo("INSURANCE_ALREADY_CONFIRMED"));
    }

    @Test
    void aRevisionNeedsTheCurrentETag() {
        Mobility cast = new Mobility();
        String id = cast.draft(cast.participant(), START);
        String url = APPLICATIONS + "/" + id + "/learning-project";
        Map<String, Object> project = Mobility.project(START.plusDays(1), START.plusDays(1).plusMonths(1));
        Api.as(cast.senderToken()).body(project).put(url).then().statusCode(428);
        Api.as(cast.senderToken()).header("If-Match", "\"999\"").body(project).put(url).then().statusCode(412);

        String etag = Mobility.etag(cast.senderToken(), id);
        List<IntSupplier> revisions = List.of(
                () -> Api.as(cast.senderToken()).header("If-Match", etag).body(project).put(url).statusCode(),
                () -> Api.as(cast.senderToken()).header("If-Match", etag).body(project).put(url).statusCode());
        assertThat(Concurrently.statuses(revisions)).containsExactly(201, 412);
        Api.as(cast.senderToken()).get(APPLICATIONS + "/" + id).then().body("learningProject.revision", equalTo(2));
    }

    @Test
    void aStepBasedOnAnOlderVersionIsRefusedAndOneWithoutIfMatchIsTaken() {
        Mobility cast = new Mobility();
        String id = cast.draft(cast.participant(), START);
        String before = Mobility.etag(cast.senderToken(), id);
        assertThat(step(cast.senderToken(), id, "submit", Map.of())).isEqualTo(200);
        Api.as(cast.sendingFacilitatorToken()).header("If-Match", before).body(Map.of())
                .post(APPLICATIONS + "/" + id + "/start-review").then().statusCode(412);
        String current = Mobility.etag(cast.sendingFacilitatorToken(), id);
        Api.as(cast.sendingFacilitatorToken()).header("If-Match", current).body(Map.of())
                .post(APPLICATIONS + "/" + id + "/start-review").then().statusCode(200)
                .header("ETag", not(equalTo(current)));
    }

    private static void setHostingCapacity(Mobility cast, int capacity) {
        cast.changeHost(Smes.with(cast.hostProfile, "hostingCapacity", capacity));
    }

    private static String draftFor(UUID sme) {
        String participant = Api.as(TestTokens.sme(sme)).body(Map.of("firstName", "Ada", "lastName", "Neri",
                "email", "ada@" + sme + ".example.mt", "role", "OWNER", "languages", List.of(), "hasDisability",
                false, "catalogueConsent", false)).post(SMES + "/" + sme + "/participants")
                .then().statusCode(201).extract().path("id");
        return Api.as(TestTokens.sme(sme)).body(Map.of("participantId", participant, "collaborationType", "TRAINING",
                "learningProject", Mobility.project(START, START.plusMonths(1).minusDays(1)))).post(APPLICATIONS)
                .then().statusCode(201).extract().path("id");
    }
}
