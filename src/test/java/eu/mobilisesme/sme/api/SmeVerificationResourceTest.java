package eu.mobilisesme.sme.api;

import static eu.mobilisesme.support.Smes.SMES;
import static eu.mobilisesme.support.Smes.italian;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.Sql;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class SmeVerificationResourceTest {

    private UUID facilitator;
    private UUID sme;

    @BeforeEach
    void registerACompany() {
        facilitator = Facilitators.create("IT", "IT");
        sme = Smes.register(italian("Verifiable " + UUID.randomUUID()), facilitator);
    }

    @Test
    void theAssignedFacilitatorHoldsThenVerifiesAndTheHistorySaysWhoWhenAndWhy() {
        Api.as(TestTokens.facilitator(facilitator)).body(Map.of("message", "Send your annual accounts."))
                .post(SMES + "/" + sme + "/hold")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("ON_HOLD"))
                .body("reviewDueOn", nullValue());
        Api.as(TestTokens.facilitator(facilitator)).body(Map.of("note", "Accounts received."))
                .post(SMES + "/" + sme + "/verify")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));

        Api.as(TestTokens.sme(sme)).get(SMES + "/" + sme + "/history")
                .then().statusCode(200)
                .body("fromStatus", equalTo(Arrays.asList(null, "PENDING_VERIFICATION", "ON_HOLD")))
                .body("toStatus", equalTo(List.of("PENDING_VERIFICATION", "ON_HOLD", "VERIFIED")))
                .body("actorRole", equalTo(List.of("programme-admin", "facilitator", "facilitator")))
                .body("reason", equalTo(List.of("Registered", "Send your annual accounts.", "Accounts received.")))
                .body("changedBy", everyItem(not(nullValue())));
    }

    @Test
    void aDecisionBasedOnAnOlderVersionIsRefused() {
        Api.as(TestTokens.facilitator(facilitator)).header("If-Match", "\"0\"").body(Map.of("message", "Accounts?"))
                .post(SMES + "/" + sme + "/hold").then().statusCode(200);
        Api.as(TestTokens.facilitator(facilitator)).header("If-Match", "\"0\"").body(Map.of())
                .post(SMES + "/" + sme + "/verify").then().statusCode(412);
        Api.as(TestTokens.admin()).header("If-Match", "\"0\"").body(Map.of("facilitatorId", facilitator))
                .post(SMES + "/" + sme + "/facilitator").then().statusCode(412);
        Api.as(TestTokens.sme(sme)).get(SMES + "/" + sme).then().body("status", equalTo("ON_HOLD"));
    }

    @Test
    void anAdministratorRejectsWithAReason() {
        Api.as(TestTokens.admin()).body(Map.of("reason", "Not an SME: part of a large group."))
                .post(SMES + "/" + sme + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void aDecisionTheStatusDoesNotAllowIs409WithTheAllowedActions() {
        Api.as(TestTokens.admin()).body(Map.of()).post(SMES + "/" + sme + "/verify").then().statusCode(200);
        Api.as(TestTokens.admin()).body(Map.of("message", "Too late")).post(SMES + "/" + sme + "/hold")
                .then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("currentStatus", equalTo("VERIFIED"))
                .body("allowedActions", equalTo(List.of()));

        UUID onHold = Smes.register(italian("On hold " + UUID.randomUUID()), facilitator);
        Api.as(TestTokens.admin()).body(Map.of("message", "Which VAT?")).post(SMES + "/" + onHold + "/hold")
                .then().statusCode(200);
        Api.as(TestTokens.admin()).body(Map.of("message", "Again")).post(SMES + "/" + onHold + "/hold")
                .then().statusCode(409).body("allowedActions", equalTo(List.of("VERIFY", "REJECT")));
    }

    @Test
    void onlyTheAssignedFacilitatorOrAnAdministratorDecides() {
        UUID other = Facilitators.create("IT", "IT");
        Api.as(TestTokens.facilitator(other)).body(Map.of()).post(SMES + "/" + sme + "/verify")
                .then().statusCode(404);
        Api.as(TestTokens.sme(sme)).body(Map.of()).post(SMES + "/" + sme + "/verify").then().statusCode(403);
        Api.as(TestTokens.partner("eures", "smes:write")).body(Map.of()).post(SMES + "/" + sme + "/verify")
                .then().statusCode(403);

        Api.as(TestTokens.admin()).body(Map.of()).post(SMES + "/" + sme + "/verify").then().statusCode(200);
        UUID listed = sme;
        Api.as(TestTokens.facilitator(other)).body(Map.of("reason", "x")).post(SMES + "/" + listed + "/reject")
                .then().statusCode(403).body("code", equalTo("ACCESS_DENIED"));
        Api.as(TestTokens.admin()).get(SMES + "/" + listed).then().body("status", equalTo("VERIFIED"));
    }

    @Test
    void holdAndRejectNeedAReason() {
        Api.as(TestTokens.admin()).body(Map.of()).post(SMES + "/" + sme + "/hold")
                .then().statusCode(400).body("errors[0].field", equalTo("message"));
        Api.as(TestTokens.admin()).body(Map.of("reason", " ")).post(SMES + "/" + sme + "/reject")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.as(TestTokens.admin()).body(Map.of("status", "VERIFIED")).post(SMES + "/" + sme + "/verify")
                .then().statusCode(400);
        Api.as(TestTokens.admin()).get(SMES + "/" + sme).then().body("status", equalTo("PENDING_VERIFICATION"));
    }

    @Test
    void theHistoryIsOnlyForThoseWhoSeeTheCompanyInFull() {
        Api.as(TestTokens.sme(UUID.randomUUID())).get(SMES + "/" + sme + "/history").then().statusCode(404);
        Api.as(TestTokens.facilitator(facilitator)).get(SMES + "/" + sme + "/history").then().statusCode(200);
    }

    @Test
    void theReviewQueueListsAFacilitatorsPendingRegistrationsByDueDateWithOverdueOnesFirst() {
        UUID overdue = Smes.register(italian("Overdue " + UUID.randomUUID()), facilitator);
        Sql.update("update sme set review_due_on = ? where id = ?", TestClock.today().minusDays(3), overdue);
        UUID decided = Smes.register(italian("Decided " + UUID.randomUUID()), facilitator);
        Api.as(TestTokens.facilitator(facilitator)).body(Map.of()).post(SMES + "/" + decided + "/verify")
                .then().statusCode(200);

        Api.as(TestTokens.facilitator(facilitator)).get(SMES + "/review-queue")
                .then().statusCode(200)
                .body("items.smeId", equalTo(List.of(overdue.toString(), sme.toString())))
                .body("items.overdue", equalTo(List.of(true, false)));
        Api.as(TestTokens.facilitator(facilitator)).queryParam("overdueOnly", true).get(SMES + "/review-queue")
                .then().statusCode(200).body("items.smeId", equalTo(List.of(overdue.toString())));
        Api.as(TestTokens.admin()).queryParam("facilitatorId", facilitator).queryParam("limit", 1)
                .get(SMES + "/review-queue")
                .then().statusCode(200).body("items.smeId", equalTo(List.of(overdue.toString())))
                .body("next", not(nullValue()));
    }

    @Test
    void theQueuePagesThroughEveryItemOnce() {
        for (int i = 0; i < 4; i++) {
            Smes.register(italian("Queued " + UUID.randomUUID()), facilitator);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = Api.as(TestTokens.facilitator(facilitator)).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get(SMES + "/review-queue")
                    .then().statusCode(200).extract();
            seen.addAll(page.path("items.smeId"));
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aFacilitatorSeesOnlyItsOwnQueueAndCompaniesHaveNone() {
        Api.as(TestTokens.facilitator(facilitator)).queryParam("facilitatorId", UUID.randomUUID())
                .get(SMES + "/review-queue").then().statusCode(403);
        Api.as(TestTokens.sme(sme)).get(SMES + "/review-queue").then().statusCode(403);
        Api.as(TestTokens.facilitator(facilitator)).queryParam("overdueOnly", "maybe").get(SMES + "/review-queue")
                .then().statusCode(400);
    }

    @Test
    void anAdministratorAssignsACoveringFacilitator() {
        UUID another = Facilitators.create("SM", "IT", "SM");
        Api.as(TestTokens.admin()).body(Map.of("facilitatorId", another)).post(SMES + "/" + sme + "/facilitator")
                .then().statusCode(200).body("facilitatorId", equalTo(another.toString()));
        Api.as(TestTokens.facilitator(another)).get(SMES + "/review-queue")
                .then().body("items.smeId", hasItem(sme.toString()));

        UUID spanish = Facilitators.create("ES", "ES");
        Api.as(TestTokens.admin()).body(Map.of("facilitatorId", spanish)).post(SMES + "/" + sme + "/facilitator")
                .then().statusCode(422).body("code", equalTo("FACILITATOR_NOT_AVAILABLE"));
        Api.as(TestTokens.facilitator(another)).body(Map.of("facilitatorId", another))
                .post(SMES + "/" + sme + "/facilitator").then().statusCode(403);
        Api.as(TestTokens.admin()).body(Map.of("facilitatorId", another))
                .post(SMES + "/" + UUID.randomUUID() + "/facilitator").then().statusCode(404);
        Api.as(TestTokens.admin()).body(Map.of()).post(SMES + "/" + sme + "/facilitator")
                .then().statusCode(400).body("errors[0].field", equalTo("facilitatorId"));
    }
}
