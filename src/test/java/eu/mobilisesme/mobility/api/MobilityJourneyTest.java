package eu.mobilisesme.mobility.api;

import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static eu.mobilisesme.support.Mobility.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.Payouts;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The whole journey of a mobility through HTTP with real signed tokens, and its two early endings. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class MobilityJourneyTest {

    private static final LocalDate START = LocalDate.parse("2027-03-01");

    @Test
    @SuppressWarnings("unchecked") // the JSON of the suggestions, as REST Assured reads it
    void fromDraftToClosedFile() {
        Mobility cast = new Mobility();
        // Of all the casts' hosts, only this one offers joint research: it alone scores best for this application.
        cast.changeHost(Smes.with(cast.hostProfile, "collaborationOffered", List.of("TRAINING", "JOINT_RESEARCH")));
        UUID participant = cast.participant();
        String id = cast.draft(participant, START, START.plusMonths(1).minusDays(1), "JOINT_RESEARCH");
        String url = APPLICATIONS + "/" + id;
        Api.as(cast.senderToken()).get(url).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("sendingFacilitatorId", equalTo(cast.sendingFacilitator.toString()))
                .body("allowedActions", equalTo(List.of("REVISE_PROJECT", "SUBMIT", "WITHDRAW")));

        assertThat(step(cast.senderToken(), id, "submit", Map.of("note", "Ready for review"))).isEqualTo(200);
        Api.as(cast.sendingFacilitatorToken()).get(url).then().body("status", equalTo("SUBMITTED"))
                .body("dueOn", notNullValue());
        assertThat(step(cast.sendingFacilitatorToken(), id, "start-review", Map.of())).isEqualTo(200);
        assertThat(step(cast.sendingFacilitatorToken(), id, "hold", Map.of("reason", "Which port?"))).isEqualTo(200);
        Api.as(cast.senderToken()).get(url).then().body("status", equalTo("ON_HOLD")).body("dueOn", nullValue());
        assertThat(step(cast.senderToken(), id, "respond", Map.of("reason", "Port of Trieste"))).isEqualTo(200);
        Api.as(cast.senderToken()).get(url).then().body("status", equalTo("UNDER_REVIEW"))
                .body("dueOn", notNullValue());
        assertThat(step(cast.sendingFacilitatorToken(), id, "declare-eligible", Map.of())).isEqualTo(200);

        List<Map<String, Object>> suggestions = Api.as(cast.senderToken()).queryParam("preferredCountry", "AT")
                .get(url + "/suggestions").then().statusCode(200).extract().path("$");
        Map<String, Object> ours = suggestions.stream()
                .filter(suggestion -> suggestion.get("hostSmeId").equals(cast.host.toString())).findFirst().orElseThrow();
        assertThat(ours.get("score")).isEqualTo(suggestions.get(0).get("score")).isEqualTo(3 + 2 + 1 + 2 + 1);
        assertThat((List<Object>) ours.get("reasons")).contains("Same NACE division 03 (+3)",
                "Host country AT is a target market (+2)", "Shared language en at B1 or above (+1)",
                "Offers JOINT_RESEARCH (+2)", "In a preferred country (+1)");

        Api.as(cast.hostToken()).get(url).then().statusCode(404);
        String proposal = Api.as(cast.senderToken()).body(Map.of("hostSmeId", cast.host, "message", "Welcome Luca?"))
                .post(url + "/proposals").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
        Api.as(cast.hostToken()).get(url).then().statusCode(200)
                .body("view", equalTo("PROPOSAL"))
                .body("participantId", nullValue())
                .body("learningProject.revision", equalTo(1))
                .body("allowedActions", equalTo(List.of("ACCEPT_PROPOSAL", "DECLINE_PROPOSAL")));
        Api.as(cast.hostToken()).body(Map.of("message", "Gladly")).post(url + "/proposals/" + proposal + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        Api.as(cast.hostToken()).get(url).then()
                .body("status", equalTo("MATCHED"))
                .body("hostSmeId", equalTo(cast.host.toString()))
                .body("hostFacilitatorId", equalTo(cast.hostFacilitator.toString()));

        String matched = Api.as(cast.senderToken()).get(url).then().body("view", equalTo("FULL"))
                .extract().header("ETag");
        Api.as(cast.senderToken()).header("If-Match", matched)
                .body(Mobility.project(START.plusDays(7), START.plusDays(7).plusMonths(1)))
                .put(url + "/learning-project").then().statusCode(201).body("revision", equalTo(2))
                .header("ETag", not(equalTo(matched)));
        Api.as(cast.hostToken()).body(Map.of("revision", 1, "party", "HOST_SME")).post(url + "/signatures")
                .then().statusCode(409).body("code", equalTo("OUTDATED_REVISION")).body("currentRevision", equalTo(2));
        sign(cast.senderToken(), url, "SENDING_SME", "MATCHED");
        sign(cast.hostToken(), url, "HOST_SME", "MATCHED");
        Api.as(cast.hostToken()).body(Map.of("revision", 2, "party", "HOST_SME")).post(url + "/signatures")
                .then().statusCode(409).body("code", equalTo("ALREADY_SIGNED"));
        sign(cast.sendingFacilitatorToken(), url, "SENDING_FACILITATOR", "AGREEMENT_SIGNED");

        assertThat(step(cast.sendingFacilitatorToken(), id, "approve", Map.of())).isEqualTo(200);
        // One month and one day in Austria: EUR 900.00 + 900.00 / 30, committed on the planned dates.
        Api.as(cast.senderToken()).get(Payouts.GRANTS + id).then().statusCode(200)
                .body("stage", equalTo("COMMITTED"))
                .body("planned.amount.amount", equalTo("930.00"))
                .body("planned.breakdown.months", equalTo(1))
                .body("planned.breakdown.days", equalTo(1))
                .body("committed.amount", equalTo("930.00"))
                .body("dueNow", equalTo(List.of()));
        Payouts.openAccounts(cast);
        TestClock.moveTo(LocalDate.parse("2027-03-08"));
        Api.as(cast.hostToken()).body(Map.of("arrivedOn", "2027-03-08")).post(url + "/confirm-arrival")
                .then().statusCode(422).body("code", equalTo("INSURANCE_MISSING"));
        assertThat(step(cast.senderToken(), id, "insurance", Map.of("reference", "Allianz 123"))).isEqualTo(200);
        assertThat(step(cast.hostToken(), id, "confirm-arrival", Map.of("arrivedOn", "2027-03-08"))).isEqualTo(200);
        // Pre-financing, 70 % of the grant: created, approved by a second person, exported, settled by the bank.
        Api.as(cast.sendingFacilitatorToken()).get(Payouts.GRANTS + id).then()
                .body("dueNow.instalment", equalTo(List.of("PRE_FINANCING")))
                .body("dueNow[0].amount.amount", equalTo("651.00"));
        Payouts.pay(cast, id, "PRE_FINANCING");
        TestClock.moveTo(LocalDate.parse("2027-04-07"));
        Api.as(cast.hostToken()).body(Map.of("departedOn", "2027-04-07")).post(url + "/confirm-departure")
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("actualStart", equalTo("2027-03-08")).body("actualEnd", equalTo("2027-04-07"))
                .body("dueOn", equalTo("2027-05-07"));

        report(cast.senderToken(), url, "PARTICIPANT");
        report(cast.senderToken(), url, "SENDING_SME");
        Api.as(cast.senderToken()).body(report()).post(url + "/reports/HOST_SME").then().statusCode(403);
        report(cast.hostToken(), url, "HOST_SME");
        Api.as(cast.senderToken()).body(report()).post(url + "/reports/SENDING_SME").then().statusCode(409);
        Api.as(cast.senderToken()).get(url).then().body("status", equalTo("REPORTED"));
        // The grant on the actual dates, exactly one month: the balance is what the pre-financing left.
        Api.as(cast.senderToken()).get(Payouts.GRANTS + id).then()
                .body("actual.amount.amount", equalTo("900.00"))
                .body("dueNow.instalment", equalTo(List.of("BALANCE")))
                .body("dueNow[0].amount.amount", equalTo("249.00"));
        assertThat(step(cast.sendingFacilitatorToken(), id, "close", Map.of("note", "Paid"))).isEqualTo(422);
        Payouts.pay(cast, id, "BALANCE");
        assertThat(step(cast.sendingFacilitatorToken(), id, "close", Map.of("note", "Paid"))).isEqualTo(200);
        Api.as(cast.senderToken()).get(Payouts.GRANTS + id).then()
                .body("stage", equalTo("CLOSED"))
                .body("paid.amount", equalTo("900.00"))
                .body("committed.amount", equalTo("0.00"))
                .body("payments.status", equalTo(List.of("PAID", "PAID")));

        Api.as(TestTokens.admin()).get(url + "/history").then().statusCode(200)
                .body("action", equalTo(Arrays.asList(null, "SUBMIT", "START_REVIEW", "HOLD", "RESPOND",
                        "DECLARE_ELIGIBLE", "PROPOSE", "ACCEPT_PROPOSAL", "REVISE_PROJECT", "SIGN", "SIGN", "SIGN",
                        "APPROVE", "CONFIRM_INSURANCE", "CONFIRM_ARRIVAL", "CONFIRM_DEPARTURE", "REPORT", "REPORT",
                        "REPORT", "CLOSE")))
                .body("toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "ON_HOLD", "UNDER_REVIEW",
                        "ELIGIBLE", "ELIGIBLE", "MATCHED", "MATCHED", "MATCHED", "MATCHED", "AGREEMENT_SIGNED",
                        "APPROVED", "APPROVED", "IN_PROGRESS", "COMPLETED", "COMPLETED", "COMPLETED", "REPORTED",
                        "CLOSED")))
                .body("party", equalTo(Arrays.asList(null, null, null, null, null, null, null, null, null,
                        "SENDING_SME", "HOST_SME", "SENDING_FACILITATOR", null, null, null, null, "PARTICIPANT",
                        "SENDING_SME", "HOST_SME", null)))
                .body("revision[8]", equalTo(2))
                .body("hostSmeId[6]", equalTo(cast.host.toString()))
                .body("reason", hasItem("Ready for review"))
                .body("reason", hasItem("Which port?"))
                .body("actorRole[1]", equalTo("sme"))
                .body("actorRole[2]", equalTo("facilitator"))
                .body("actorRole[13]", equalTo("sme"));
        Api.as(cast.senderToken()).get(url + "/learning-project/revisions").then().body("revision",
                equalTo(List.of(1, 2)));
        Api.as(cast.senderToken()).get(url + "/signatures").then().body("party.size()", equalTo(3));
        Api.as(cast.hostToken()).get(url + "/reports").then().body("party.size()", equalTo(3));

        Api.as(cast.senderToken()).get("/api/v1/participants/" + participant + "/export").then().statusCode(200)
                .body("records.kind", equalTo(List.of("mobility-application")))
                .body("records[0].id", equalTo(id))
                .body("records[0].facts.status", equalTo("CLOSED"))
                .body("records[0].facts.actualEnd", equalTo("2027-04-07"));
    }

    @Test
    void theSendingCompanyWithdrawsAndNothingMovesItAgain() {
        Mobility cast = new Mobility();
        String id = cast.draft(cast.participant(), START);
        assertThat(step(cast.senderToken(), id, "submit", Map.of())).isEqualTo(200);
        assertThat(step(cast.senderToken(), id, "withdraw", Map.of("note", "Changed plans"))).isEqualTo(200);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(APPLICATIONS + "/" + id + "/start-review")
                .then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentStatus", equalTo("WITHDRAWN"))
                .body("allowedActions", equalTo(List.of()));
    }

    @Test
    void aFacilitatorCancelsWithAReasonAndTheOpenProposalsClose() {
        Mobility cast = new Mobility();
        String id = cast.eligible(cast.participant(), START);
        String proposal = Api.as(cast.senderToken()).body(Map.of("hostSmeId", cast.host))
                .post(APPLICATIONS + "/" + id + "/proposals").then().statusCode(201).extract().path("id");
        assertThat(step(cast.sendingFacilitatorToken(), id, "cancel", Map.of())).isEqualTo(400);
        assertThat(step(cast.sendingFacilitatorToken(), id, "cancel", Map.of("reason", "Company closed")))
                .isEqualTo(200);
        Api.as(cast.senderToken()).get(APPLICATIONS + "/" + id + "/proposals").then()
                .body("status", equalTo(List.of("CLOSED")));
        // A closed proposal gives its company no part in the application any more.
        Api.as(cast.hostToken()).body(Map.of()).post(APPLICATIONS + "/" + id + "/proposals/" + proposal + "/accept")
                .then().statusCode(404);
    }

    private static void sign(String token, String url, String party, String expectedStatus) {
        Api.as(token).body(Map.of("revision", 2, "party", party)).post(url + "/signatures")
                .then().statusCode(200).body("status", equalTo(expectedStatus));
    }

    private static Map<String, Object> report() {
        return Map.of("objectivesMet", "FULLY", "newContacts", 4, "expectedBusinessOutcomes", "A supply contract",
                "satisfaction", 5);
    }

    private static void report(String token, String url, String party) {
        Api.as(token).body(report()).post(url + "/reports/" + party).then().statusCode(201)
                .body("party", equalTo(party));
    }

}
