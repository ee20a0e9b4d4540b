package eu.mobilisesme.payment.api;

import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static eu.mobilisesme.support.Payouts.BATCHES;
import static eu.mobilisesme.support.Payouts.GRANTS;
import static eu.mobilisesme.support.Payouts.PAYMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.Payouts;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Payments through HTTP with real signed tokens: the idempotency key, four eyes, what is due when, bank files and the
 * bank's answers, and who may do what. One month and one day in Austria (EUR 900.00 a month) makes a grant of
 * EUR 930.00; its pre-financing is 70 %, EUR 651.00.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class PaymentResourceTest {

    private static final LocalDate START = LocalDate.parse("2027-03-01");
    private static final LocalDate END = LocalDate.parse("2027-04-01");

    @Test
    void fiftyConcurrentRequestsWithOneKeyCreateOnePayment() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        String facilitator = cast.sendingFacilitatorToken();
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("applicationId", application, "instalment", "PRE_FINANCING");

        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<Integer> statuses = Concurrently.statuses(50, () -> {
            var response = Api.as(facilitator).header("Idempotency-Key", key).body(body).post(PAYMENTS);
            ids.add(response.path("id"));
            return response.statusCode();
        });

        assertThat(statuses).containsOnly(201);
        assertThat(ids).hasSize(1);
        Api.as(facilitator).get(GRANTS + application).then().statusCode(200)
                .body("payments", hasSize(1))
                .body("payments[0].amount.amount", equalTo("651.00"))
                .body("payments[0].status", equalTo("PENDING"));
        Api.as(facilitator).header("Idempotency-Key", key).body(body).post(PAYMENTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(ids.iterator().next()));
    }

    @Test
    void aKeyBelongsToOneRequestAndEveryCreationNeedsOne() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        String facilitator = cast.sendingFacilitatorToken();
        String key = UUID.randomUUID().toString();
        Api.as(facilitator).header("Idempotency-Key", key)
                .body(Map.of("applicationId", application, "instalment", "PRE_FINANCING")).post(PAYMENTS)
                .then().statusCode(201).header("Idempotent-Replayed", "false");

        Api.as(facilitator).header("Idempotency-Key", key)
                .body(Map.of("applicationId", application, "instalment", "BALANCE")).post(PAYMENTS)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        Api.as(facilitator).body(Map.of("applicationId", application, "instalment", "PRE_FINANCING"))
                .post(PAYMENTS).then().statusCode(400).body("errors[0].field", equalTo("idempotencyKey"));
        Api.as(facilitator).header("Idempotency-Key", "with space")
                .body(Map.of("applicationId", application, "instalment", "PRE_FINANCING")).post(PAYMENTS)
                .then().statusCode(400);
        Api.as(facilitator).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationId", application, "instalment", "PRE_FINANCING")).post(PAYMENTS)
                .then().statusCode(409).body("code", equalTo("INSTALMENT_ALREADY_ISSUED"));
        Api.as(facilitator).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationId", application, "instalment", "BALANCE")).post(PAYMENTS)
                .then().statusCode(422).body("code", equalTo("INSTALMENT_NOT_DUE"));
        Api.as(facilitator).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationId", application, "instalment", "SOMETHING")).post(PAYMENTS)
                .then().statusCode(400);
    }

    @Test
    void aPaymentIsApprovedBySomeoneElseThanItsCreatorAndGoesToTheAccountInUse() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        String creator = cast.sendingFacilitatorToken();
        String payment = Api.as(creator).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationId", application, "instalment", "PRE_FINANCING")).post(PAYMENTS)
                .then().statusCode(201).extract().path("id");

        Api.as(creator).body(Map.of()).post(PAYMENTS + "/" + payment + "/approval").then().statusCode(403)
                .body("code", equalTo("FOUR_EYES_REQUIRED"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(PAYMENTS + "/" + payment + "/approval")
                .then().statusCode(422).body("code", equalTo("BANK_ACCOUNT_MISSING"));
        Payouts.openAccounts(cast);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(PAYMENTS + "/" + payment + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("creditorAccount.iban", equalTo("IT60X0542811101000000123456"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(PAYMENTS + "/" + payment + "/approval")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_PAYMENT_TRANSITION"));
    }

    @Test
    void onlyThePayingFacilitatorMovesMoneyAndOnlyTheMobilitysPartiesSeeIt() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        String payment = Api.as(cast.sendingFacilitatorToken()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(Map.of("applicationId", application, "instalment", "PRE_FINANCING")).post(PAYMENTS)
                .then().statusCode(201).extract().path("id");
        Map<String, String> create = Map.of("applicationId", application, "instalment", "PRE_FINANCING");

        Api.as(TestTokens.facilitator(cast.hostFacilitator)).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(create).post(PAYMENTS).then().statusCode(404);
        Api.as(TestTokens.facilitator(cast.hostFacilitator)).get(PAYMENTS + "/" + payment).then().statusCode(404);
        Api.as(TestTokens.facilitator(cast.hostFacilitator)).get(GRANTS + application).then().statusCode(404);
        Api.as(cast.hostToken()).get(PAYMENTS + "/" + payment).then().statusCode(404);
        Api.as(cast.hostToken()).get(GRANTS + application).then().statusCode(404);
        Api.as(cast.senderToken()).header("Idempotency-Key", "k-" + UUID.randomUUID()).body(create)
                .post(PAYMENTS).then().statusCode(403);
        Api.as(cast.senderToken()).get(PAYMENTS + "/" + payment).then().statusCode(200);
        Api.as(cast.senderToken()).get(GRANTS + application).then().statusCode(200)
                .body("planned.amount.amount", equalTo("930.00"));
        Api.as(cast.senderToken()).queryParam("status", "PENDING").get(PAYMENTS).then().statusCode(200)
                .body("items.id", equalTo(List.of(payment)));
        Api.as(TestTokens.admin()).get(PAYMENTS + "/" + payment).then().statusCode(200);
        Api.as(TestTokens.admin()).body(Map.of()).post(PAYMENTS + "/" + payment + "/approval").then()
                .statusCode(403);
        Api.as(TestTokens.partner("eures", "applications:read")).get(PAYMENTS + "/" + payment).then()
                .statusCode(403);
        Api.as(TestTokens.partner("eures", "applications:read")).get(GRANTS + application).then()
                .statusCode(403);
        Api.anonymous().get(PAYMENTS + "/" + payment).then().statusCode(401);
        Api.as(cast.senderToken()).get(PAYMENTS + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.as(cast.senderToken()).get(PAYMENTS + "/not-a-uuid").then().statusCode(400);
    }

    @Test
    void aTransferTheBankRejectsFailsWithItsReasonAndIsIssuedAgain() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        Payouts.openAccounts(cast);
        String payment = Payouts.createAndApprove(cast, application, "PRE_FINANCING");
        Map<String, Object> batch = Payouts.export(cast);
        String batchId = (String) batch.get("id");
        assertThat(batch.get("paymentCount")).isEqualTo(1);
        String xml = Payouts.file(cast.sendingFacilitatorToken(), batchId);
        String endToEnd = Api.as(cast.sendingFacilitatorToken()).get(PAYMENTS + "/" + payment).then()
                .body("status", equalTo("EXPORTED")).extract().path("endToEndId");
        assertThat(xml).contains("<EndToEndId>" + endToEnd + "</EndToEndId>", "<NbOfTxs>1</NbOfTxs>",
                "<CtrlSum>651.00</CtrlSum>", "<IBAN>IT57A0300203280100000000001</IBAN>");
        assertThat(Payouts.file(TestTokens.admin(), batchId)).isEqualTo(xml);
        Api.as(TestTokens.facilitator(cast.hostFacilitator)).get(BATCHES + "/" + batchId + "/file").then()
                .statusCode(404);

        String rejected = Payouts.statusReport("REP-1-" + batchId.substring(0, 8), (String) batch.get("messageId"),
                Map.of(endToEnd, "RJCT:AC04"));
        assertThat(Payouts.importReport(cast, batchId, rejected)).containsEntry("failed", 1)
                .containsEntry("alreadyImported", false);
        assertThat(Payouts.importReport(cast, batchId, rejected)).containsEntry("failed", 0)
                .containsEntry("alreadyImported", true);
        Api.as(cast.sendingFacilitatorToken()).get(PAYMENTS + "/" + payment).then().body("status", equalTo("FAILED"))
                .body("failureCode", equalTo("AC04"));

        // An idempotency key is the caller's: the repeat comes from the same person.
        String facilitator = cast.sendingFacilitatorToken();
        String key = UUID.randomUUID().toString();
        String reissued = Api.as(facilitator).header("Idempotency-Key", key).body(Map.of("note", "New IBAN checked"))
                .post(PAYMENTS + "/" + payment + "/reissue").then().statusCode(201)
                .body("reissueOf", equalTo(payment)).body("amount.amount", equalTo("651.00"))
                .body("id", not(equalTo(payment))).extract().path("id");
        Api.as(facilitator).header("Idempotency-Key", key).body(Map.of("note", "New IBAN checked"))
                .post(PAYMENTS + "/" + payment + "/reissue").then().statusCode(201).body("id", equalTo(reissued))
                .header("Idempotent-Replayed", "true");
        Api.as(facilitator).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of())
                .post(PAYMENTS + "/" + reissued + "/reissue").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_PAYMENT_TRANSITION"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(PAYMENTS + "/" + reissued + "/approval")
                .then().statusCode(200);
        Map<String, Object> second = Payouts.export(cast);
        Payouts.importReport(cast, (String) second.get("id"), Payouts.statusReport("REP-2-" + batchId.substring(0, 8),
                (String) second.get("messageId"), Map.of(reissued.replace("-", ""), "ACSC")));
        Api.as(cast.senderToken()).get(GRANTS + application).then()
                .body("paid.amount", equalTo("651.00"))
                .body("committed.amount", equalTo("279.00"));
    }

    @Test
    void aFileTheBankRejectsAsAWholeFailsEveryPaymentInIt() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        Payouts.openAccounts(cast);
        String payment = Payouts.createAndApprove(cast, application, "PRE_FINANCING");
        Map<String, Object> batch = Payouts.export(cast);
        assertThat(Payouts.importReport(cast, (String) batch.get("id"), Payouts.fileRejected("REJ-"
                + UUID.randomUUID().toString().substring(0, 8), (String) batch.get("messageId"))))
                .containsEntry("failed", 1).containsEntry("paid", 0);
        Api.as(cast.senderToken()).get(PAYMENTS + "/" + payment).then().body("status", equalTo("FAILED"));
        Api.as(cast.senderToken()).get(GRANTS + application).then().body("committed.amount", equalTo("930.00"))
                .body("dueNow.instalment", equalTo(List.of("PRE_FINANCING")));
    }

    @Test
    void bankFilesAndReportsRefuseWhatTheyCannotUse() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(BATCHES).then().statusCode(422)
                .body("code", equalTo("BANK_ACCOUNT_MISSING"));
        Payouts.openAccounts(cast);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(BATCHES).then().statusCode(422)
                .body("code", equalTo("NOTHING_TO_EXPORT"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("requestedExecutionDate", "2020-01-01")).post(BATCHES)
                .then().statusCode(422).body("code", equalTo("EXECUTION_DATE_IN_PAST"));
        Api.as(cast.senderToken()).body(Map.of()).post(BATCHES).then().statusCode(403);

        Payouts.createAndApprove(cast, application, "PRE_FINANCING");
        String batchId = (String) Payouts.export(cast).get("id");
        Api.as(cast.sendingFacilitatorToken()).contentType("application/xml")
                .body(Payouts.statusReport("R-OTHER", "NOT-THIS-BATCH", Map.of()))
                .post(BATCHES + "/" + batchId + "/status-reports").then().statusCode(422)
                .body("code", equalTo("REPORT_NOT_FOR_BATCH"));
        Api.as(cast.sendingFacilitatorToken()).contentType("application/xml").body("<Document><oops")
                .post(BATCHES + "/" + batchId + "/status-reports").then().statusCode(400)
                .body("code", equalTo("INVALID_STATUS_REPORT"))
                .body("detail", not(containsString("Exception")));
        Api.as(cast.sendingFacilitatorToken()).contentType("application/json").body(Map.of())
                .post(BATCHES + "/" + batchId + "/status-reports").then().statusCode(415);
        Api.as(TestTokens.admin()).get(BATCHES + "/" + batchId).then().statusCode(200)
                .body("controlSum.amount", equalTo("651.00"));
        Api.as(TestTokens.facilitator(cast.hostFacilitator)).get(BATCHES + "/" + batchId).then().statusCode(404);
    }

    @Test
    void aShorterStayEndsInARecoveryAndTheFileClosesWhenItIsPaidBack() {
        Mobility cast = new Mobility();
        // Two months planned (EUR 1,800.00, pre-financing 1,260.00); the stay starts 14 days late and ends 14 early.
        LocalDate arrival = LocalDate.parse("2027-03-15");
        String application = cast.inProgress(cast.participant(), START, LocalDate.parse("2027-04-30"), arrival);
        Payouts.openAccounts(cast);
        Payouts.pay(cast, application, "PRE_FINANCING");
        eu.mobilisesme.support.TestClock.moveTo(LocalDate.parse("2027-04-16"));
        Api.as(cast.hostToken()).body(Map.of("departedOn", "2027-04-16"))
                .post(APPLICATIONS + "/" + application + "/confirm-departure").then().statusCode(200);
        Api.as(cast.senderToken()).get(GRANTS + application).then().statusCode(200)
                .body("actual.amount.amount", equalTo("960.00"))
                .body("entitlement.amount", equalTo("960.00"))
                .body("committed.amount", equalTo("0.00"))
                .body("paid.amount", equalTo("1260.00"));
        fileReports(cast, application);

        Api.as(cast.sendingFacilitatorToken()).get(GRANTS + application).then()
                .body("dueNow.instalment", equalTo(List.of("RECOVERY")))
                .body("dueNow[0].amount.amount", equalTo("300.00"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(APPLICATIONS + "/" + application + "/close")
                .then().statusCode(422).body("code", equalTo("MONEY_NOT_SETTLED"));
        String recovery = Payouts.createAndApprove(cast, application, "RECOVERY");
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(BATCHES).then().statusCode(422)
                .body("code", equalTo("NOTHING_TO_EXPORT"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(PAYMENTS + "/" + recovery + "/receipt")
                .then().statusCode(200).body("status", equalTo("PAID"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(APPLICATIONS + "/" + application + "/close")
                .then().statusCode(200);
        Api.as(cast.senderToken()).get(GRANTS + application).then().body("stage", equalTo("CLOSED"))
                .body("paid.amount", equalTo("960.00"));
    }

    @Test
    void cancellingAnApprovedMobilityReleasesItsGrantAndCancelsWhatIsNotWithTheBank() {
        Mobility cast = new Mobility();
        String application = cast.inProgress(cast.participant(), START, END, START);
        String payment = Api.as(cast.sendingFacilitatorToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("applicationId", application, "instalment", "PRE_FINANCING")).post(PAYMENTS)
                .then().statusCode(201).extract().path("id");
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("reason", "The participant fell ill"))
                .post(APPLICATIONS + "/" + application + "/cancel").then().statusCode(200);
        Api.as(cast.senderToken()).get(GRANTS + application).then().body("stage", equalTo("RELEASED"))
                .body("committed.amount", equalTo("0.00")).body("entitlement.amount", equalTo("0.00"));
        Api.as(cast.senderToken()).get(PAYMENTS + "/" + payment).then().body("status", equalTo("CANCELLED"));
        Api.as(TestTokens.admin()).get("/api/v1/budget-lines/reconciliation").then().statusCode(200)
                .body("balanced", equalTo(true));
    }

    private static void fileReports(Mobility cast, String application) {
        Map<String, Object> report = Map.of("objectivesMet", "FULLY", "newContacts", 3,
                "expectedBusinessOutcomes", "A distribution agreement", "satisfaction", 5);
        for (String party : List.of("PARTICIPANT", "SENDING_SME")) {
            Api.as(cast.senderToken()).body(report).post(APPLICATIONS + "/" + application + "/reports/" + party)
                    .then().statusCode(201);
        }
        Api.as(cast.hostToken()).body(report).post(APPLICATIONS + "/" + application + "/reports/HOST_SME")
                .then().statusCode(201);
    }
}
