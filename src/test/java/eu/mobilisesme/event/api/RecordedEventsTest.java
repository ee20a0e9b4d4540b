package eu.mobilisesme.event.api;

import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Budgets;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.Payouts;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The use cases record their events in their own transactions: one event per change (a signature that makes the
 * agreement gives two), none when the change rolls back, each for exactly the partner clients that may read what it
 * is about. Tests read from the end of the feed as it was before their changes and look only at their own things.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class RecordedEventsTest {

    private static final String SME_TYPES = "sme.registered,sme.verified,sme.updated,sme.status-changed";
    private static final String APPLICATION_TYPES = "application.submitted,application.state-changed,"
            + "application.learning-project-signed";
    private static final String PAYMENT_TYPES = "payment.paid,payment.failed";
    private static final String ALL_SCOPES = "events:read catalogue:read smes:write applications:read";
    private static final LocalDate START = LocalDate.parse("2027-03-01");
    /** The events of an application from its submission to its agreement signed by all three parties. */
    private static final int STEPS_TO_AGREEMENT = 8;
    private static final LocalDate END = LocalDate.parse("2027-04-01");

    @Test
    void aCompanysEventsReachItsImporterAndTheWholeCatalogueOnlyWhileItIsListed() {
        String importer = portal();
        String other = portal();
        String admin = TestTokens.admin();
        String importerStart = Feed.end(importer, SME_TYPES);
        String otherStart = Feed.end(other, SME_TYPES);
        String adminStart = Feed.end(admin, SME_TYPES);

        String reference = "events-" + UUID.randomUUID();
        Map<String, Object> profile = Smes.italian("Imported " + reference);
        String company = Api.as(importer).body(profile).put(Smes.IMPORTS + "/" + reference).then().statusCode(201)
                .extract().path("id");
        UUID facilitator = Facilitators.create("IT", "IT");
        String decider = TestTokens.facilitator(facilitator);
        Api.as(admin).body(Map.of("facilitatorId", facilitator)).post(Smes.SMES + "/" + company + "/facilitator")
                .then().statusCode(200);
        Api.as(decider).body(Map.of("message", "Send the chamber of commerce extract"))
                .post(Smes.SMES + "/" + company + "/hold").then().statusCode(200);
        Api.as(decider).body(Map.of()).post(Smes.SMES + "/" + company + "/verify").then().statusCode(200);
        String etag = Api.as(importer).get(Smes.IMPORTS + "/" + reference).then().statusCode(200).extract()
                .header("ETag");
        Api.as(importer).header("If-Match", etag).body(Smes.with(profile, "legalName", "Renamed " + reference))
                .put(Smes.IMPORTS + "/" + reference).then().statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION"));
        Api.as(decider).body(Map.of("reason", "Not an SME")).post(Smes.SMES + "/" + company + "/reject")
                .then().statusCode(200);
        UUID ownRegistration = UUID.randomUUID();
        Api.as(TestTokens.sme(ownRegistration)).body(Smes.italian("Self-registered " + ownRegistration))
                .post(Smes.SMES).then().statusCode(201);

        List<String> companies = List.of(company, ownRegistration.toString());
        List<Map<String, Object>> seenByAdmin = Feed.until(admin, adminStart, SME_TYPES, companies, 7)
                .about(companies);
        List<String> history = List.of(
                "sme.registered " + company + " PENDING_VERIFICATION",
                "sme.updated " + company + " PENDING_VERIFICATION",
                "sme.status-changed " + company + " PENDING_VERIFICATION>ON_HOLD",
                "sme.verified " + company + " ON_HOLD>VERIFIED",
                "sme.status-changed " + company + " VERIFIED>PENDING_VERIFICATION",
                "sme.status-changed " + company + " PENDING_VERIFICATION>REJECTED");
        assertThat(described(seenByAdmin, RecordedEventsTest::smeState)).containsExactlyElementsOf(concat(history,
                "sme.registered " + ownRegistration + " PENDING_VERIFICATION"));
        assertThat(described(Feed.toEnd(importer, importerStart, SME_TYPES, Feed.MAX_LIMIT).about(companies),
                RecordedEventsTest::smeState)).containsExactlyElementsOf(history);
        assertThat(described(Feed.toEnd(other, otherStart, SME_TYPES, Feed.MAX_LIMIT).about(companies),
                RecordedEventsTest::smeState)).as("only while it was in the public catalogue")
                .containsExactly("sme.verified " + company + " ON_HOLD>VERIFIED");
        assertThat(seenByAdmin).allSatisfy(event -> {
            assertThat(event).containsOnlyKeys("id", "type", "aggregateType", "aggregateId", "occurredAt", "data");
            assertThat(event.get("aggregateType")).isEqualTo("sme");
            assertThat(data(event)).containsEntry("smeId", (String) event.get("aggregateId"))
                    .containsKey("status").doesNotContainKeys("legalName", "name", "vatNumber");
        });
    }

    @Test
    void anApplicationsEventsReachThePortalsOfItsCompaniesOncePerChange() {
        String senderPortal = portal();
        String hostPortal = portal();
        String other = portal();
        Mobility cast = new Mobility(senderPortal, hostPortal);
        String admin = TestTokens.admin();
        String senderStart = Feed.end(senderPortal, APPLICATION_TYPES);
        String hostStart = Feed.end(hostPortal, APPLICATION_TYPES);
        String otherStart = Feed.end(other, APPLICATION_TYPES);
        String adminStart = Feed.end(admin, APPLICATION_TYPES);

        String id = cast.draft(cast.participant(), START);
        step(cast.senderToken(), id, "submit", Map.of());
        step(cast.sendingFacilitatorToken(), id, "start-review", Map.of());
        step(cast.sendingFacilitatorToken(), id, "declare-eligible", Map.of());
        String proposal = Api.as(cast.senderToken()).body(Map.of("hostSmeId", cast.host))
                .post(APPLICATIONS + "/" + id + "/proposals").then().statusCode(201).extract().path("id");
        step(cast.hostToken(), id, "proposals/" + proposal + "/accept", Map.of());
        step(cast.senderToken(), id, "signatures", Map.of("revision", 1, "party", "SENDING_SME"));
        step(cast.hostToken(), id, "signatures", Map.of("revision", 1, "party", "HOST_SME"));
        step(cast.sendingFacilitatorToken(), id, "signatures", Map.of("revision", 1, "party", "SENDING_FACILITATOR"));

        List<String> beforeTheHost = List.of(
                "application.submitted DRAFT>SUBMITTED",
                "application.state-changed SUBMITTED>UNDER_REVIEW",
                "application.state-changed UNDER_REVIEW>ELIGIBLE");
        List<String> withTheHost = List.of(
                "application.state-changed ELIGIBLE>MATCHED",
                "application.learning-project-signed SENDING_SME 1 MATCHED",
                "application.learning-project-signed HOST_SME 1 MATCHED",
                "application.learning-project-signed SENDING_FACILITATOR 1 AGREEMENT_SIGNED",
                "application.state-changed MATCHED>AGREEMENT_SIGNED");
        List<String> all = concat(beforeTheHost, withTheHost.toArray(String[]::new));
        List<Map<String, Object>> seenByAdmin = Feed.until(admin, adminStart, APPLICATION_TYPES, List.of(id),
                all.size()).about(List.of(id));
        assertThat(described(seenByAdmin, RecordedEventsTest::applicationState)).containsExactlyElementsOf(all);
        assertThat(described(Feed.toEnd(senderPortal, senderStart, APPLICATION_TYPES, Feed.MAX_LIMIT)
                .about(List.of(id)), RecordedEventsTest::applicationState)).containsExactlyElementsOf(all);
        assertThat(described(Feed.toEnd(hostPortal, hostStart, APPLICATION_TYPES, Feed.MAX_LIMIT)
                .about(List.of(id)), RecordedEventsTest::applicationState)).containsExactlyElementsOf(withTheHost);
        assertThat(Feed.toEnd(other, otherStart, APPLICATION_TYPES, Feed.MAX_LIMIT).about(List.of(id))).isEmpty();
        assertThat(seenByAdmin).allSatisfy(event -> {
            assertThat(event.get("aggregateType")).isEqualTo("application");
            assertThat(data(event)).containsEntry("applicationId", id);
        });
    }

    /**
     * An approval writes its step and its event before it reserves the grant; a line without room then fails it, and
     * the event goes with the rest of the change. The approval that succeeds afterwards gives exactly one event.
     */
    @Test
    void aChangeThatRollsBackLeavesNoEventAndOneThatCommitsLeavesOne() {
        Mobility cast = new Mobility();
        String id = cast.matched(cast.participant(), START);
        cast.signAll(id, 1);
        String admin = TestTokens.admin();
        // From after the events of the steps so far: an older transaction of another test may still hold them back.
        Feed.Read agreed = Feed.until(admin, null, APPLICATION_TYPES, List.of(id), STEPS_TO_AGREEMENT);
        assertThat(agreed.about(List.of(id))).as("the steps so far, readable").hasSize(STEPS_TO_AGREEMENT);
        String start = agreed.next();
        UUID tooSmall = Budgets.line("10.00", List.of("IT"));

        Api.as(cast.sendingFacilitatorToken()).body(Map.of("budgetLineId", tooSmall))
                .post(APPLICATIONS + "/" + id + "/approve").then().statusCode(422)
                .body("code", equalTo("BUDGET_EXHAUSTED"));
        Api.as(admin).get(APPLICATIONS + "/" + id).then().body("status", equalTo("AGREEMENT_SIGNED"));
        step(cast.sendingFacilitatorToken(), id, "approve", Map.of());

        // The feed is in transaction order: once the approval's event is readable, the refused one's would be too.
        assertThat(described(Feed.until(admin, start, APPLICATION_TYPES, List.of(id), 1).about(List.of(id)),
                RecordedEventsTest::applicationState))
                .containsExactly("application.state-changed AGREEMENT_SIGNED>APPROVED");
    }

    @Test
    void paymentsTheBankReturnsOrSettlesReachThePortalsOfTheirMobility() {
        String senderPortal = portal();
        String hostPortal = portal();
        String other = portal();
        Mobility cast = new Mobility(senderPortal, hostPortal);
        String application = cast.inProgress(cast.participant(), START, END, START);
        Payouts.openAccounts(cast);
        String admin = TestTokens.admin();
        String senderStart = Feed.end(senderPortal, PAYMENT_TYPES);
        String hostStart = Feed.end(hostPortal, PAYMENT_TYPES);
        String otherStart = Feed.end(other, PAYMENT_TYPES);
        String adminStart = Feed.end(admin, PAYMENT_TYPES);

        String returned = Payouts.createAndApprove(cast, application, "PRE_FINANCING");
        Map<String, Object> batch = Payouts.export(cast);
        Payouts.importReport(cast, (String) batch.get("id"), Payouts.statusReport("REP-" + UUID.randomUUID()
                .toString().substring(0, 8), (String) batch.get("messageId"),
                Map.of(returned.replace("-", ""), "RJCT:AC04")));
        String reissued = Api.as(cast.sendingFacilitatorToken()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of()).post(Payouts.PAYMENTS + "/" + returned + "/reissue").then().statusCode(201)
                .extract().path("id");
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(Payouts.PAYMENTS + "/" + reissued + "/approval")
                .then().statusCode(200);
        Map<String, Object> second = Payouts.export(cast);
        Payouts.importReport(cast, (String) second.get("id"), Payouts.statusReport("REP-" + UUID.randomUUID()
                .toString().substring(0, 8), (String) second.get("messageId"),
                Map.of(reissued.replace("-", ""), "ACSC")));

        List<String> payments = List.of(returned, reissued);
        List<String> expected = List.of("payment.failed " + returned + " PRE_FINANCING FAILED",
                "payment.paid " + reissued + " PRE_FINANCING PAID");
        List<Map<String, Object>> seenByAdmin = Feed.until(admin, adminStart, PAYMENT_TYPES, payments, 2)
                .about(payments);
        assertThat(described(seenByAdmin, RecordedEventsTest::paymentState)).containsExactlyElementsOf(expected);
        for (var portal : Map.of(senderPortal, senderStart, hostPortal, hostStart).entrySet()) {
            assertThat(described(Feed.toEnd(portal.getKey(), portal.getValue(), PAYMENT_TYPES, Feed.MAX_LIMIT)
                    .about(payments), RecordedEventsTest::paymentState)).containsExactlyElementsOf(expected);
        }
        assertThat(Feed.toEnd(other, otherStart, PAYMENT_TYPES, Feed.MAX_LIMIT).about(payments)).isEmpty();
        assertThat(seenByAdmin).allSatisfy(event -> assertThat(data(event))
                .containsEntry("paymentId", (String) event.get("aggregateId"))
                .containsEntry("applicationId", application));
    }

    @Test
    void aRecoveryPaidBackIsAPaidPayment() {
        Mobility cast = new Mobility();
        // Two months planned; the stay starts 14 days late and ends 14 early: part of the pre-financing comes back.
        LocalDate arrival = LocalDate.parse("2027-03-15");
        String application = cast.inProgress(cast.participant(), START, LocalDate.parse("2027-04-30"), arrival);
        Payouts.openAccounts(cast);
        Payouts.pay(cast, application, "PRE_FINANCING");
        TestClock.moveTo(LocalDate.parse("2027-04-16"));
        step(cast.hostToken(), application, "confirm-departure", Map.of("departedOn", "2027-04-16"));
        Map<String, Object> report = Map.of("objectivesMet", "FULLY", "newContacts", 3,
                "expectedBusinessOutcomes", "A distribution agreement", "satisfaction", 5);
        for (String party : List.of("PARTICIPANT", "SENDING_SME")) {
            Api.as(cast.senderToken()).body(report).post(APPLICATIONS + "/" + application + "/reports/" + party)
                    .then().statusCode(201);
        }
        Api.as(cast.hostToken()).body(report).post(APPLICATIONS + "/" + application + "/reports/HOST_SME")
                .then().statusCode(201);
        String admin = TestTokens.admin();
        String start = Feed.end(admin, PAYMENT_TYPES);

        String recovery = Payouts.createAndApprove(cast, application, "RECOVERY");
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(Payouts.PAYMENTS + "/" + recovery + "/receipt")
                .then().statusCode(200);

        assertThat(described(Feed.until(admin, start, PAYMENT_TYPES, List.of(recovery), 1).about(List.of(recovery)),
                RecordedEventsTest::paymentState)).containsExactly("payment.paid " + recovery + " RECOVERY PAID");
    }

    private static String portal() {
        return TestTokens.partner("events-portal-" + UUID.randomUUID(), ALL_SCOPES);
    }

    private static void step(String token, String id, String step, Map<String, ?> body) {
        Api.as(token).body(body).post(APPLICATIONS + "/" + id + "/" + step).then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> data(Map<String, Object> event) {
        return (Map<String, String>) event.get("data");
    }

    private static List<String> described(List<Map<String, Object>> events,
            Function<Map<String, Object>, String> state) {
        return events.stream().map(event -> event.get("type") + " " + state.apply(event)).toList();
    }

    private static String smeState(Map<String, Object> event) {
        Map<String, String> data = data(event);
        return event.get("aggregateId") + " " + (data.containsKey("previousStatus")
                ? data.get("previousStatus") + ">" + data.get("status") : data.get("status"));
    }

    private static String applicationState(Map<String, Object> event) {
        Map<String, String> data = data(event);
        return data.containsKey("party") ? data.get("party") + " " + data.get("revision") + " " + data.get("state")
                : data.get("previousState") + ">" + data.get("state");
    }

    private static String paymentState(Map<String, Object> event) {
        Map<String, String> data = data(event);
        return event.get("aggregateId") + " " + data.get("instalment") + " " + data.get("status");
    }

    private static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
    }
}
