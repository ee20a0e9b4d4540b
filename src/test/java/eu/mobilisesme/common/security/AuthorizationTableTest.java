package eu.mobilisesme.common.security;

import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static eu.mobilisesme.support.Smes.SMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.AuthorizationTables;
import eu.mobilisesme.support.Budgets;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.GrantRateTables;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.Payouts;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what, as one table: role and part × resource × action → status, over a world that holds parties in
 * every state a party passes through: a company with an open proposal, one whose proposal was declined, one whose
 * open proposal closed when another host accepted, the accepted host, the facilitators of each side, a facilitator
 * whose company was reassigned, a facilitator that was deactivated, a person whose data was erased, the partner that
 * registered a company and one that did not. A 404 says the actor may not know the thing exists; a 403 that it may read it but not do this (or its role
 * never may); any other status shows the actor got past authorization to the rules of the state.
 *
 * <p>Writes are chosen so that no row changes the world: an allowed actor meets a state or rule that stops it (409,
 * 412, 422, 428). The steps allowed actors do take are the journeys of the mobility tests.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class AuthorizationTableTest {

    /**
     * Applications. A: ELIGIBLE, proposed to PROPOSED (open) and DECLINED (declined). B: MATCHED with ACCEPTED, whose
     * acceptance closed DECLINED's open proposal; PARTNER registered ACCEPTED. C: a DRAFT of a company PARTNER
     * registered. D: a DRAFT of the sending company, which was then given from SEND_FAC to NEW_FAC (A and B, already
     * submitted, stay with SEND_FAC). PROPOSED_FAC is the facilitator of the proposed host, which has no part before
     * its company accepts. A "-stale" write sends an If-Match no version ever had: whoever may take the step gets
     * 412, so the row shows who may without taking it.
     */
    private static final String APPLICATION_TABLE = """
            operation                    SENDER SEND_FAC NEW_FAC PROPOSED DECLINED ACCEPTED HOST_FAC PROPOSED_FAC OTHER_SME OTHER_FAC ADMIN PARTNER OTHER_PARTNER
            GET  A                       200    200      404     200      404      404      404      404          404       404       200   404     404
            GET  A/history               200    200      404     404      404      404      404      404          404       404       200   404     404
            GET  A/learning-project/revisions 200 200    404     404      404      404      404      404          404       404       200   404     404
            GET  A/proposals             200    200      404     200      404      404      404      404          404       404       200   404     404
            GET  A/suggestions           200    200      404     404      404      404      404      404          404       404       200   403     403
            POST A/submit                409    403      404     403      404      404      404      404          404       404       403   403     403
            POST A/propose-same-country  422    422      404     403      404      404      404      404          404       404       403   403     403
            POST A/propose-stale         412    412      404     403      404      404      404      404          404       404       403   403     403
            POST A/accept-open           403    403      404     -        404      404      404      404          404       404       403   403     403
            POST A/accept-declined       403    403      404     404      404      404      404      404          404       404       403   403     403
            POST A/decline-declined      403    403      404     404      404      404      404      404          404       404       403   403     403
            POST A/sign-as-host          409    409      404     404      404      404      404      404          404       404       403   403     403
            PUT  A/learning-project      428    403      404     403      404      404      404      404          404       404       403   403     403
            POST A/start-review-stale    403    412      404     403      404      404      404      404          404       404       412   403     403
            POST A/hold-stale            403    412      404     403      404      404      404      404          404       404       412   403     403
            POST A/respond-stale         412    403      404     403      404      404      404      404          404       404       403   403     403
            POST A/declare-eligible-stale 403   412      404     403      404      404      404      404          404       404       412   403     403
            POST A/reject-stale          403    412      404     403      404      404      404      404          404       404       412   403     403
            POST A/approve-stale         403    412      404     403      404      404      404      404          404       404       412   403     403
            POST A/insurance-stale       412    403      404     403      404      404      404      404          404       404       403   403     403
            POST A/close-stale           403    412      404     403      404      404      404      404          404       404       412   403     403
            POST A/withdraw-stale        412    403      404     403      404      404      404      404          404       404       403   403     403
            POST A/cancel-stale          403    412      404     403      404      404      404      404          404       404       412   403     403
            GET  B                       200    200      404     404      404      200      200      404          404       404       200   200     404
            GET  B/history               200    200      404     404      404      200      200      404          404       404       200   200     404
            GET  B/signatures            200    200      404     404      404      200      200      404          404       404       200   200     404
            GET  B/reports               200    200      404     404      404      200      200      404          404       404       200   200     404
            GET  B/proposals             200    200      404     404      404      200      200      404          404       404       200   200     404
            GET  B/suggestions           200    200      404     404      404      404      404      404          404       404       200   403     403
            POST B/sign-as-host          403    403      404     404      404      409      403      404          404       404       403   403     403
            POST B/confirm-arrival       403    403      404     404      404      409      403      404          404       404       403   403     403
            POST B/confirm-departure-stale 403  403      404     404      404      412      403      404          404       404       403   403     403
            POST B/report-as-host        409    403      404     404      404      409      403      404          404       404       403   403     403
            PUT  B/learning-project      428    403      404     404      404      403      403      404          404       404       403   403     403
            POST B/cancel-stale          403    412      404     404      404      403      412      404          404       404       412   403     403
            GET  C                       404    404      404     404      404      404      404      404          404       404       200   200     404
            GET  C/history               404    404      404     404      404      404      404      404          404       404       200   200     404
            GET  D                       200    404      200     404      404      404      404      404          404       404       200   404     404
            POST D/submit-stale          412    404      403     404      404      404      404      404          404       404       403   403     403
            """;

    /**
     * Companies and their people. PENDING is registered with OLD_FAC, then reassigned to its facilitator
     * (ASSIGNED_FAC), and not yet verified; OWN acts for it; ERASED is one of its people whose data was erased.
     * IMPORTED is verified and public, imported by PARTNER, assigned to IMPORTED_FAC; its partner reference is read
     * and written at {@code sme-imports}. The erasure and the reference's PUT carry an If-Match no version ever had
     * (412 for whoever may write; another partner's reference names no company, so its PUT is a 412 too).
     */
    private static final String COMPANY_TABLE = """
            operation                  OWN ASSIGNED_FAC OLD_FAC OTHER_SME OTHER_FAC ADMIN PARTNER OTHER_PARTNER IMPORTED_FAC
            GET  PENDING               200 200          404     404       404       200   404     404           404
            GET  PENDING/history       200 200          404     404       404       200   404     404           404
            PUT  PENDING               428 428          404     404       404       428   403     403           404
            GET  PENDING/participants  200 200          404     404       404       200   403     403           404
            POST PENDING/participants  409 409          404     404       404       409   403     403           404
            GET  ERASED                200 200          404     404       404       200   403     403           404
            PUT  ERASED                409 409          404     404       404       409   403     403           404
            GET  IMPORTED              200 200          200     200       200       200   200     200           200
            GET  IMPORTED/history      404 404          404     404       404       200   200     404           200
            PUT  IMPORTED              403 403          403     403       403       428   403     403           428
            POST IMPORTED/verify       403 403          403     403       403       409   403     403           409
            GET  IMPORTED/participants 404 404          404     404       404       200   403     403           200
            POST IMPORTED/facilitator  403 403          403     403       403       422   403     403           403
            GET  review-queue          403 200          200     403       200       200   403     403           200
            GET  ERASED/export         200 200          404     404       404       200   403     403           404
            POST ERASED/erasure        412 412          404     404       404       412   403     403           404
            GET  IMPORTED/by-reference 403 403          403     403       403       403   200     404           403
            PUT  IMPORTED/by-reference 403 403          403     403       403       403   412     412           403
            """;

    /**
     * Bank accounts, which no partner client ever sees. PENDING (the company above, reassigned from OLD_FAC to
     * ASSIGNED_FAC) has an account, and so has PERSON, one of its people; ERASED had one until their data was erased.
     * FACILITATOR is ASSIGNED_FAC's own (debtor) account, which administrators give. DORMANT is a company whose
     * facilitator, DORMANT_FAC, was deactivated after the company gave its account; IMPORTED, in the public catalogue,
     * has none, so only its history is read. Writes carry an If-Match no version ever had (a "-stale" operation), and
     * a decision names an account that is not waiting: whoever may gets 412, so no row changes the world.
     */
    private static final String BANK_ACCOUNT_TABLE = """
            operation                                   OWN ASSIGNED_FAC OLD_FAC OTHER_SME OTHER_FAC ADMIN PARTNER DORMANT_FAC IMPORTED_FAC
            GET  PENDING/bank-account                   200 200          404     404       404       200   403     404         404
            GET  PENDING/bank-account/history           200 200          404     404       404       200   403     404         404
            PUT  PENDING/bank-account-stale             412 403          404     404       404       403   403     404         404
            POST PENDING/bank-account/confirmation-stale 403 412         404     404       404       403   403     404         404
            POST PENDING/bank-account/refusal-stale     403 412          404     404       404       403   403     404         404
            GET  PERSON/bank-account                    200 200          404     404       404       200   403     404         404
            PUT  PERSON/bank-account-stale              412 403          404     404       404       403   403     404         404
            POST PERSON/bank-account/confirmation-stale 403 412          404     404       404       403   403     404         404
            GET  ERASED/bank-account                    404 404          404     404       404       404   403     404         404
            GET  ERASED/bank-account/history            200 200          404     404       404       200   403     404         404
            PUT  ERASED/bank-account                    409 403          404     404       404       403   403     404         404
            POST ERASED/bank-account/confirmation-stale 403 409          404     404       404       403   403     404         404
            GET  DORMANT/bank-account                   404 404          404     404       404       200   403     200         404
            POST DORMANT/bank-account/confirmation-stale 404 404         404     404       404       403   403     403         404
            GET  IMPORTED/bank-account/history          404 404          404     404       404       200   403     404         200
            GET  FACILITATOR/bank-account               403 200          404     403       404       200   403     404         404
            GET  FACILITATOR/bank-account/history       403 200          404     403       404       200   403     404         404
            PUT  FACILITATOR/bank-account-stale         403 403          403     403       403       412   403     403         403
            """;

    /**
     * Money: grants, payments, bank files, budget lines and rates. The sending company of the applications above is
     * not the one here: this table has a cast of its own (SENDER, its facilitator SEND_FAC, the host HOST and its
     * facilitator HOST_FAC), with four one-month stays that SEND_FAC approved, each a grant it pays:
     * <ul>
     * <li>LIVE: in progress, its host chosen after DECLINED declined it. Its pre-financing went to the bank in BATCH
     * and came back (FAILED); its re-issue, PENDING, waits for a second person.</li>
     * <li>EXPORTED and PAID: their pre-financing is in BATCH, unanswered and settled.</li>
     * <li>CANCELLED: its pre-financing came back too (RETURNED), and the mobility was cancelled while the re-issue
     * was pending: the grant was released and the re-issue cancelled (VOIDED).</li>
     * <li>DORMANT: another company's stay, paid by DORMANT_FAC, whose pre-financing is in a batch of its own;
     * DORMANT_FAC was deactivated afterwards.</li>
     * </ul>
     * After the approvals SENDER was given to NEW_FAC, which pays nothing it did not approve. SEND_FAC is the person
     * of the paying facilitator who created every payment (another approved them), so approving PENDING is four eyes
     * (403) and a replay of their own creation is the first answer (201, nothing new). LINE is a budget line no
     * approval uses; a rate table that starts in the past is refused. Every payee here is a sending company: the
     * payee is a rule of the call, and the tests share one open call, so none is a (possibly erased) participant.
     *
     * <p>{@code payments/for-LIVE} creates LIVE's pre-financing, which is issued (409); {@code for-LIVE-BALANCE} its
     * balance, not due (422); {@code for-LIVE-replay} repeats the creation of FAILED with its key (201 for its
     * creator, a new request for anyone else); {@code for-CANCELLED} asks a released grant (422) and {@code
     * for-DORMANT} DORMANT's pre-financing. {@code RETURNED/reissue} would issue a payment for a grant that was
     * released: refused as a new payment for it is (422). A batch is made of the caller's own approved payments, and
     * none is approved: every facilitator gets 422 but OTHER_FAC, behind which no facilitator is registered (403),
     * and DORMANT_FAC, which, deactivated, still reads its money and imports its bank's answers but moves no money
     * (403 FACILITATOR_INACTIVE). {@code status-reports-other} answers another batch (422), {@code
     * status-reports-again} is the bank's report imported before (200, nothing changes).
     */
    private static final String MONEY_TABLE = """
            operation                                     SENDER SEND_FAC NEW_FAC HOST HOST_FAC DECLINED OTHER_SME OTHER_FAC ADMIN PARTNER DORMANT_FAC
            GET  grants/LIVE                              200    200      404     404  404      404      404       404       200   403     404
            GET  grants/CANCELLED                         200    200      404     404  404      404      404       404       200   403     404
            GET  grants/DORMANT                           404    404      404     404  404      404      404       404       200   403     200
            POST payments/for-LIVE                        403    409      404     403  404      403      403       404       403   403     404
            POST payments/for-LIVE-BALANCE                403    422      404     403  404      403      403       404       403   403     404
            POST payments/for-LIVE-replay                 403    201      404     403  404      403      403       404       403   403     404
            POST payments/for-CANCELLED                   403    422      404     403  404      403      403       404       403   403     404
            POST payments/for-DORMANT                     403    404      404     403  404      403      403       404       403   403     403
            GET  payments                                 200    200      200     200  200      200      200       200       200   403     200
            GET  payments/PENDING                         200    200      404     404  404      404      404       404       200   403     404
            GET  payments/FAILED                          200    200      404     404  404      404      404       404       200   403     404
            GET  payments/EXPORTED                        200    200      404     404  404      404      404       404       200   403     404
            GET  payments/PAID                            200    200      404     404  404      404      404       404       200   403     404
            GET  payments/RETURNED                        200    200      404     404  404      404      404       404       200   403     404
            GET  payments/VOIDED                          200    200      404     404  404      404      404       404       200   403     404
            GET  payments/DORMANT                         404    404      404     404  404      404      404       404       200   403     200
            POST payments/PENDING/approval                403    403      404     403  404      403      403       404       403   403     404
            POST payments/EXPORTED/approval               403    409      404     403  404      403      403       404       403   403     404
            POST payments/VOIDED/approval                 403    409      404     403  404      403      403       404       403   403     404
            POST payments/DORMANT/approval                403    404      404     403  404      403      403       404       403   403     403
            POST payments/FAILED/reissue                  403    409      404     403  404      403      403       404       403   403     404
            POST payments/FAILED/reissue-replay           403    201      404     403  404      403      403       404       403   403     404
            POST payments/PAID/reissue                    403    409      404     403  404      403      403       404       403   403     404
            POST payments/RETURNED/reissue                403    422      404     403  404      403      403       404       403   403     404
            POST payments/VOIDED/reissue                  403    409      404     403  404      403      403       404       403   403     404
            POST payments/DORMANT/reissue                 403    404      404     403  404      403      403       404       403   403     403
            POST payments/PAID/receipt                    403    409      404     403  404      403      403       404       403   403     404
            POST payments/VOIDED/receipt                  403    409      404     403  404      403      403       404       403   403     404
            POST payments/DORMANT/receipt                 403    404      404     403  404      403      403       404       403   403     403
            POST payment-batches                          403    422      422     403  422      403      403       403       403   403     403
            GET  payment-batches/BATCH                    403    200      404     403  404      403      403       404       200   403     404
            GET  payment-batches/BATCH/file               403    200      404     403  404      403      403       404       200   403     404
            POST payment-batches/BATCH/status-reports-other 403  422      404     403  404      403      403       404       403   403     404
            POST payment-batches/BATCH/status-reports-again 403  200      404     403  404      403      403       404       403   403     404
            GET  payment-batches/DORMANT                  403    404      404     403  404      403      403       404       200   403     200
            GET  payment-batches/DORMANT/file             403    404      404     403  404      403      403       404       200   403     200
            POST payment-batches/DORMANT/status-reports-other 403 404     404     403  404      403      403       404       403   403     422
            POST budget-lines-duplicate                   403    403      403     403  403      403      403       403       409   403     403
            GET  budget-lines                             403    200      200     403  200      403      403       200       200   403     200
            GET  budget-lines/LINE                        403    200      200     403  200      403      403       200       200   403     200
            PUT  budget-lines/LINE-stale                  403    403      403     403  403      403      403       403       412   403     403
            GET  budget-lines/reconciliation              403    403      403     403  403      403      403       403       200   403     403
            GET  grant-rate-tables                        200    200      200     200  200      200      200       200       200   403     200
            GET  grant-rate-tables/1                      200    200      200     200  200      200      200       200       200   403     200
            POST grant-rate-tables-in-the-past            403    403      403     403  403      403      403       403       422   403     403
            POST grant-simulations                        200    200      200     200  200      200      200       200       200   403     200
            """;

    private static final LocalDate START = LocalDate.parse("2027-06-01");

    /** The bodies of the steps the table takes with a stale If-Match; the others need none. */
    private static final Map<String, Map<String, Object>> STEP_BODIES = Map.of(
            "A/hold", Map.of("reason", "Stale"), "A/respond", Map.of("reason", "Stale"),
            "A/reject", Map.of("reason", "Stale"), "A/cancel", Map.of("reason", "Stale"),
            "B/cancel", Map.of("reason", "Stale"), "A/insurance", Map.of("reference", "Stale 1"),
            "A/propose", Map.of("hostSmeId", UUID.randomUUID()),
            "B/confirm-departure", Map.of("departedOn", START.toString()));

    private static World world;
    private static MoneyWorld money;

    /** The data every row runs against, made once through the API; no row changes it. */
    private static synchronized World world() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    /** The money every row of the money table runs against, made once through the API; no row changes it. */
    private static synchronized MoneyWorld money() {
        if (money == null) {
            money = new MoneyWorld();
        }
        return money;
    }

    static Stream<Arguments> applicationRows() {
        return AuthorizationTables.cells(APPLICATION_TABLE);
    }

    static Stream<Arguments> companyRows() {
        return AuthorizationTables.cells(COMPANY_TABLE);
    }

    static Stream<Arguments> bankAccountRows() {
        return AuthorizationTables.cells(BANK_ACCOUNT_TABLE);
    }

    static Stream<Arguments> moneyRows() {
        return AuthorizationTables.cells(MONEY_TABLE);
    }

    @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
    @MethodSource("applicationRows")
    void applications(String method, String operation, String actor, int expected) {
        assertThat(world().call(method, operation, actor).statusCode()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
    @MethodSource("companyRows")
    void companies(String method, String operation, String actor, int expected) {
        assertThat(world().call(method, operation, actor).statusCode()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
    @MethodSource("bankAccountRows")
    void bankAccounts(String method, String operation, String actor, int expected) {
        assertThat(world().callBankAccount(method, operation, actor).statusCode()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
    @MethodSource("moneyRows")
    void money(String method, String operation, String actor, int expected) {
        assertThat(money().call(method, operation, actor).statusCode()).isEqualTo(expected);
    }

    /** The lists agree with the single reads: an actor lists exactly the payments it may read, and partners none. */
    @Test
    void everyoneListsExactlyThePaymentsItMayRead() {
        MoneyWorld world = money();
        for (String actor : world.actors.keySet()) {
            Supplier<String> token = world.actors.get(actor);
            Set<String> listed = new HashSet<>();
            boolean lists = Api.as(token.get()).queryParam("limit", 1).get(Payouts.PAYMENTS).statusCode() == 200;
            for (String next = ""; lists && next != null;) {
                var page = Api.as(token.get()).queryParam("limit", 100).queryParam("cursor", next)
                        .get(Payouts.PAYMENTS).then().statusCode(200).extract();
                listed.addAll(page.<List<String>>path("items.id"));
                next = page.path("next");
            }
            for (Map.Entry<String, String> payment : world.payments.entrySet()) {
                boolean readable = Api.as(token.get()).get(Payouts.PAYMENTS + "/" + payment.getValue())
                        .statusCode() == 200;
                assertThat(listed.contains(payment.getValue())).as(actor + " lists " + payment.getKey())
                        .isEqualTo(readable);
                assertThat(!readable || lists).as(actor + " reads " + payment.getKey() + " but lists nothing")
                        .isTrue();
            }
        }
        assertThat(world.actors.keySet().stream().filter(actor -> Api.as(world.actors.get(actor).get())
                .get(Payouts.PAYMENTS).statusCode() != 200)).containsExactly("PARTNER");
    }

    /**
     * The writes the paying facilitators may make are stopped by the rule the money table means, not by another:
     * each answer names its rule, and a replay answers with what the first request made.
     */
    @Test
    void thePayersAreStoppedByTheRulesTheMoneyTableMeans() {
        MoneyWorld world = money();
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("POST payments/for-LIVE", "INSTALMENT_ALREADY_ISSUED");
        codes.put("POST payments/for-LIVE-BALANCE", "INSTALMENT_NOT_DUE");
        codes.put("POST payments/for-CANCELLED", "INSTALMENT_NOT_DUE");
        codes.put("POST payments/PENDING/approval", "FOUR_EYES_REQUIRED");
        codes.put("POST payments/EXPORTED/approval", "ILLEGAL_PAYMENT_TRANSITION");
        codes.put("POST payments/VOIDED/approval", "ILLEGAL_PAYMENT_TRANSITION");
        codes.put("POST payments/FAILED/reissue", "INSTALMENT_ALREADY_ISSUED");
        codes.put("POST payments/PAID/reissue", "ILLEGAL_PAYMENT_TRANSITION");
        codes.put("POST payments/VOIDED/reissue", "ILLEGAL_PAYMENT_TRANSITION");
        codes.put("POST payments/PAID/receipt", "NOT_A_RECOVERY");
        codes.put("POST payment-batches", "NOTHING_TO_EXPORT");
        codes.put("POST payment-batches/BATCH/status-reports-other", "REPORT_NOT_FOR_BATCH");
        codes.forEach((row, code) -> assertThat(world.call(row.substring(0, 4).strip(), row.substring(5), "SEND_FAC")
                .<String>path("code")).as(row).isEqualTo(code));
        assertThat(world.call("POST", "payment-batches", "NEW_FAC").<String>path("code"))
                .isEqualTo("BANK_ACCOUNT_MISSING");
        assertThat(world.call("POST", "payments/for-DORMANT", "DORMANT_FAC").<String>path("code"))
                .isEqualTo("FACILITATOR_INACTIVE");
        assertThat(world.call("POST", "payment-batches", "DORMANT_FAC").<String>path("code"))
                .isEqualTo("FACILITATOR_INACTIVE");

        Response replay = world.call("POST", "payments/for-LIVE-replay", "SEND_FAC");
        assertThat(replay.<String>path("id")).isEqualTo(world.payments.get("FAILED"));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        Response reissueReplay = world.call("POST", "payments/FAILED/reissue-replay", "SEND_FAC");
        assertThat(reissueReplay.<String>path("id")).isEqualTo(world.payments.get("PENDING"));
        assertThat(reissueReplay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(world.call("POST", "payment-batches/BATCH/status-reports-again", "SEND_FAC")
                .<Boolean>path("alreadyImported")).isTrue();
    }

    /**
     * A key belongs to the person who sent it, but a replay is still a request of its own: when the person who
     * created the payments acts for another facilitator (here NEW_FAC, which SENDER was given to), repeating a
     * creation shows nothing it could not read, as a new request would not.
     */
    @Test
    void aReplayShowsNothingTheCallerMayNoLongerRead() {
        MoneyWorld world = money();
        String moved = MoneyWorld.facilitator(world.payer, world.newFacilitator);
        Map<String, Integer> statuses = new LinkedHashMap<>();
        statuses.put("GET FAILED", Api.as(moved).get(Payouts.PAYMENTS + "/" + world.payments.get("FAILED"))
                .statusCode());
        statuses.put("POST for-LIVE-replay", Api.as(moved).header("Idempotency-Key", world.liveKey)
                .body(MoneyWorld.prefinancing(world.live)).post(Payouts.PAYMENTS).statusCode());
        statuses.put("POST FAILED/reissue-replay", Api.as(moved).header("Idempotency-Key", world.reissueKey)
                .body(Map.of("note", "New IBAN checked"))
                .post(Payouts.PAYMENTS + "/" + world.payments.get("FAILED") + "/reissue").statusCode());
        assertThat(statuses).containsExactly(Map.entry("GET FAILED", 404), Map.entry("POST for-LIVE-replay", 404),
                Map.entry("POST FAILED/reissue-replay", 404));
    }

    /** The lists agree with the single reads: an actor lists exactly the applications it may read. */
    @Test
    void everyoneListsExactlyTheApplicationsItMayRead() {
        World world = world();
        for (String actor : world.actors.keySet()) {
            Set<String> listed = new HashSet<>(Api.as(world.actors.get(actor).get())
                    .queryParam("limit", 100).get(APPLICATIONS).then().statusCode(200).extract()
                    .<List<String>>path("items.id"));
            for (String application : List.of(world.eligible, world.matched)) {
                boolean readable = Api.as(world.actors.get(actor).get()).get(APPLICATIONS + "/" + application)
                        .statusCode() == 200;
                assertThat(listed.contains(application)).as(actor + " lists " + application).isEqualTo(readable);
            }
        }
    }

    @Test
    void aProposedHostSeesTheProposalViewAndOnlyItsOwnProposal() {
        World world = world();
        String proposedHost = world.actors.get("PROPOSED").get();
        Api.as(proposedHost).get(APPLICATIONS + "/" + world.eligible).then()
                .body("view", equalTo("PROPOSAL"))
                .body("participantId", nullValue());
        Api.as(proposedHost).get(APPLICATIONS + "/" + world.eligible + "/proposals").then()
                .body("hostSmeId", equalTo(List.of(world.cast.host.toString())));
        Api.as(proposedHost).queryParam("limit", 100).get(APPLICATIONS).then()
                .body("items.find { it.id == '" + world.eligible + "' }.view",
                        equalTo("PROPOSAL"));
    }

    @Test
    void partnersSeeWhichRoleTookEachStepButNeverWhichPerson() {
        World world = world();
        String partner = world.actors.get("PARTNER").get();
        Api.as(partner).get(APPLICATIONS + "/" + world.matched + "/history").then().statusCode(200)
                .body("actor", everyItem(nullValue())).body("actorRole", everyItem(notNullValue()));
        Api.as(TestTokens.admin()).get(APPLICATIONS + "/" + world.matched + "/history").then().statusCode(200)
                .body("actor", everyItem(notNullValue()));
        Api.as(partner).get(SMES + "/" + world.importedHost + "/history").then().statusCode(200)
                .body("changedBy", everyItem(nullValue())).body("actorRole", everyItem(notNullValue()));
    }

    private static final String PARTICIPANTS = "/api/v1/participants/";
    private static final String FACILITATORS = "/api/v1/facilitators/";

    private static final class World {

        final Mobility cast = new Mobility();
        final UUID declinedHost = Smes.verified(Mobility.austrian("Declining " + UUID.randomUUID()),
                cast.hostFacilitator);
        final String partnerClient = "portal-" + UUID.randomUUID();
        final UUID importedFacilitator = Facilitators.create("AT", "AT");
        final String importedHostReference = "ref-" + UUID.randomUUID();
        final UUID importedHost = importCompany(Mobility.austrian("Imported " + UUID.randomUUID()),
                importedFacilitator, importedHostReference);
        final String eligible = cast.eligible(cast.participant(), START);
        final String openProposal = propose(eligible, cast.host);
        final String declinedProposal = propose(eligible, declinedHost);
        final String matched = cast.eligible(cast.participant(), START.plusMonths(3));
        final String draft = cast.draft(cast.participant(), START.plusMonths(6));
        final UUID newSendingFacilitator = Facilitators.create("IT", "IT");
        final UUID importedSender = importCompany(Smes.italian("Imported sender " + UUID.randomUUID()),
                Facilitators.create("IT", "IT"), "ref-" + UUID.randomUUID());
        final String importedSendersDraft = draftOf(importedSender);
        final UUID oldFacilitator = Facilitators.create("IT", "IT");
        final UUID pendingFacilitator = Facilitators.create("IT", "IT");
        final UUID pending = Smes.register(Smes.italian("Pending " + UUID.randomUUID()), oldFacilitator);
        final String person = "ada." + UUID.randomUUID() + "@example.it";
        final String personId;
        final String erased;
        final UUID dormantFacilitator = Facilitators.create("IT", "IT");
        final UUID dormant = Smes.register(Smes.italian("Dormant " + UUID.randomUUID()), dormantFacilitator);
        final Map<String, Supplier<String>> actors = new LinkedHashMap<>();

        World() {
            Api.as(TestTokens.sme(declinedHost)).body(Map.of())
                    .post(APPLICATIONS + "/" + eligible + "/proposals/" + declinedProposal + "/decline")
                    .then().statusCode(200);
            propose(matched, declinedHost);
            String accepted = propose(matched, importedHost);
            Api.as(TestTokens.sme(importedHost)).body(Map.of())
                    .post(APPLICATIONS + "/" + matched + "/proposals/" + accepted + "/accept").then().statusCode(200);
            Api.as(TestTokens.admin()).body(Map.of("facilitatorId", newSendingFacilitator))
                    .post(SMES + "/" + cast.sender + "/facilitator").then().statusCode(200);

            Api.as(TestTokens.admin()).body(Map.of("facilitatorId", pendingFacilitator))
                    .post(SMES + "/" + pending + "/facilitator").then().statusCode(200);
            personId = Api.as(TestTokens.sme(pending)).body(participant(person))
                    .post(SMES + "/" + pending + "/participants").then().statusCode(201).extract().path("id");
            erased = Api.as(TestTokens.sme(pending)).body(participant("eve." + UUID.randomUUID() + "@example.it"))
                    .post(SMES + "/" + pending + "/participants").then().statusCode(201).extract().path("id");
            giveAccount(TestTokens.sme(pending), SMES + "/" + pending);
            giveAccount(TestTokens.sme(pending), PARTICIPANTS + personId);
            giveAccount(TestTokens.sme(pending), PARTICIPANTS + erased);
            giveAccount(TestTokens.admin(), FACILITATORS + pendingFacilitator);
            giveAccount(TestTokens.sme(dormant), SMES + "/" + dormant);
            Api.as(TestTokens.admin()).header("If-Match", "*").body(Map.of("name", "Dormant " + UUID.randomUUID(),
                    "country", "IT", "coveredCountries", List.of("IT"), "contactEmail", "dormant@it.example.eu",
                    "active", false)).put(FACILITATORS + dormantFacilitator).then().statusCode(200);
            Api.as(TestTokens.sme(pending)).post(PARTICIPANTS + erased + "/erasure").then().statusCode(200);

            String everything = "applications:read catalogue:read smes:write";
            actors.put("SENDER", cast::senderToken);
            actors.put("SEND_FAC", cast::sendingFacilitatorToken);
            actors.put("NEW_FAC", () -> TestTokens.facilitator(newSendingFacilitator));
            actors.put("PROPOSED", cast::hostToken);
            actors.put("DECLINED", () -> TestTokens.sme(declinedHost));
            actors.put("ACCEPTED", () -> TestTokens.sme(importedHost));
            actors.put("HOST_FAC", () -> TestTokens.facilitator(importedFacilitator));
            actors.put("PROPOSED_FAC", () -> TestTokens.facilitator(cast.hostFacilitator));
            actors.put("OTHER_SME", () -> TestTokens.sme(UUID.randomUUID()));
            actors.put("OTHER_FAC", () -> TestTokens.facilitator(UUID.randomUUID()));
            actors.put("ADMIN", TestTokens::admin);
            actors.put("PARTNER", () -> TestTokens.partner(partnerClient, everything));
            actors.put("OTHER_PARTNER", () -> TestTokens.partner("other-" + partnerClient, everything));
            actors.put("OWN", () -> TestTokens.sme(pending));
            actors.put("ASSIGNED_FAC", () -> TestTokens.facilitator(pendingFacilitator));
            actors.put("OLD_FAC", () -> TestTokens.facilitator(oldFacilitator));
            actors.put("IMPORTED_FAC", () -> TestTokens.facilitator(importedFacilitator));
            actors.put("DORMANT_FAC", () -> TestTokens.facilitator(dormantFacilitator));
        }

        private static void giveAccount(String token, String owner) {
            Api.as(token).body(Map.of("holderName", "Ada Neri", "iban", "IT60 X054 2811 1010 0000 0123 456"))
                    .put(owner + "/bank-account").then().statusCode(201);
        }

        /**
         * Runs one operation of the bank-account table as {@code actor}: {@code PENDING/bank-account/confirmation-stale}
         * is a confirmation of PENDING's account with an If-Match no version ever had.
         */
        Response callBankAccount(String method, String operation, String actor) {
            RequestSpecification request = Api.as(actors.get(actor).get());
            boolean stale = operation.endsWith("-stale");
            String step = stale ? operation.substring(0, operation.length() - "-stale".length()) : operation;
            int slash = step.indexOf('/');
            String path = switch (step.substring(0, slash)) {
                case "PENDING" -> SMES + "/" + pending;
                case "DORMANT" -> SMES + "/" + dormant;
                case "IMPORTED" -> SMES + "/" + importedHost;
                case "PERSON" -> PARTICIPANTS + personId;
                case "ERASED" -> PARTICIPANTS + erased;
                case "FACILITATOR" -> FACILITATORS + pendingFacilitator;
                default -> throw new IllegalArgumentException("No owner in " + operation);
            } + step.substring(slash);
            if (stale) {
                request.header("If-Match", "\"999\"");
            }
            return switch (method) {
                case "GET" -> request.get(path);
                case "PUT" -> request.body(Map.of("holderName", "Eve Bianchi", "iban", "DE89 3704 0044 0532 0130 00"))
                        .put(path);
                case "POST" -> request.body(path.endsWith("/refusal")
                        ? Map.of("accountId", UUID.randomUUID(), "reason", "Stale")
                        : Map.of("accountId", UUID.randomUUID())).post(path);
                default -> throw new IllegalArgumentException("No operation " + method + " " + operation);
            };
        }

        /** A company PARTNER imports under {@code reference}, given to {@code facilitator}, who verifies it. */
        private UUID importCompany(Map<String, Object> profile, UUID facilitator, String reference) {
            String id = Api.as(TestTokens.partner(partnerClient, "smes:write")).body(profile)
                    .put(Smes.IMPORTS + "/" + reference).then().statusCode(201).extract().path("id");
            UUID company = UUID.fromString(id);
            Api.as(TestTokens.admin()).body(Map.of("facilitatorId", facilitator))
                    .post(SMES + "/" + company + "/facilitator").then().statusCode(200);
            Api.as(TestTokens.facilitator(facilitator)).body(Map.of()).post(SMES + "/" + company + "/verify")
                    .then().statusCode(200);
            return company;
        }

        /** A draft of {@code company}'s, for one of its people. */
        private static String draftOf(UUID company) {
            String person = Api.as(TestTokens.sme(company)).body(participant("p." + UUID.randomUUID() + "@example.it"))
                    .post(SMES + "/" + company + "/participants").then().statusCode(201).extract().path("id");
            return Api.as(TestTokens.sme(company)).body(Map.of("participantId", person, "collaborationType",
                    "TRAINING", "learningProject", Mobility.project(START, START.plusMonths(1).minusDays(1))))
                    .post(APPLICATIONS).then().statusCode(201).extract().path("id");
        }

        private String propose(String application, UUID host) {
            return Api.as(cast.senderToken()).body(Map.of("hostSmeId", host))
                    .post(APPLICATIONS + "/" + application + "/proposals").then().statusCode(201).extract().path("id");
        }

        private static Map<String, Object> participant(String email) {
            return Map.of("firstName", "Ada", "lastName", "Neri", "email", email, "role", "EMPLOYEE",
                    "languages", List.of(), "hasDisability", false, "catalogueConsent", false);
        }

        /** Runs one operation of the tables as {@code actor}. */
        Response call(String method, String operation, String actor) {
            RequestSpecification request = Api.as(actors.get(actor).get());
            if (operation.endsWith("-stale")) {
                String step = operation.substring(0, operation.length() - "-stale".length());
                return request.header("If-Match", "\"999\"").body(STEP_BODIES.getOrDefault(step, Map.of()))
                        .post(application(step.replace("propose", "proposals")));
            }
            return switch (method + " " + operation) {
                case "GET A", "GET A/history", "GET A/learning-project/revisions", "GET A/proposals",
                        "GET A/suggestions", "GET B", "GET B/history", "GET B/signatures", "GET B/reports",
                        "GET B/proposals", "GET B/suggestions", "GET C", "GET C/history", "GET D" ->
                    request.get(application(operation));
                case "PUT A/learning-project" -> request.body(Mobility.project(START, START.plusMonths(1)))
                        .put(application(operation));
                case "POST A/submit" -> request.body(Map.of()).post(application(operation));
                case "POST A/propose-same-country" -> request.body(Map.of("hostSmeId", cast.sender))
                        .post(APPLICATIONS + "/" + eligible + "/proposals");
                case "POST A/accept-open" -> request.body(Map.of()).post(answer(openProposal, "accept"));
                case "POST A/accept-declined" -> request.body(Map.of()).post(answer(declinedProposal, "accept"));
                case "POST A/decline-declined" -> request.body(Map.of()).post(answer(declinedProposal, "decline"));
                case "POST A/sign-as-host" -> request.body(Map.of("revision", 1, "party", "HOST_SME"))
                        .post(APPLICATIONS + "/" + eligible + "/signatures");
                case "POST B/sign-as-host" -> request.body(Map.of("revision", 99, "party", "HOST_SME"))
                        .post(APPLICATIONS + "/" + matched + "/signatures");
                case "POST B/confirm-arrival" -> request.body(Map.of("arrivedOn", START.toString()))
                        .post(APPLICATIONS + "/" + matched + "/confirm-arrival");
                case "POST B/report-as-host" -> request.body(Map.of("objectivesMet", "FULLY", "newContacts", 1,
                        "expectedBusinessOutcomes", "Orders", "satisfaction", 5))
                        .post(APPLICATIONS + "/" + matched + "/reports/HOST_SME");
                case "PUT B/learning-project" -> request.body(Mobility.project(START, START.plusMonths(1)))
                        .put(APPLICATIONS + "/" + matched + "/learning-project");
                case "GET PENDING", "GET PENDING/history", "GET PENDING/participants" ->
                    request.get(company(operation, pending));
                case "PUT PENDING" -> request.body(Smes.italian("Pending")).put(SMES + "/" + pending);
                case "POST PENDING/participants" -> request.body(participant(person))
                        .post(SMES + "/" + pending + "/participants");
                case "GET ERASED" -> request.get("/api/v1/participants/" + erased);
                case "PUT ERASED" -> request.header("If-Match", "*").body(participant("new@example.it"))
                        .put("/api/v1/participants/" + erased);
                case "GET IMPORTED", "GET IMPORTED/history", "GET IMPORTED/participants" ->
                    request.get(company(operation, importedHost));
                case "PUT IMPORTED" -> request.body(Mobility.austrian("Imported")).put(SMES + "/" + importedHost);
                case "POST IMPORTED/verify" -> request.body(Map.of()).post(SMES + "/" + importedHost + "/verify");
                case "POST IMPORTED/facilitator" -> request.body(Map.of("facilitatorId", oldFacilitator))
                        .post(SMES + "/" + importedHost + "/facilitator");
                case "GET review-queue" -> request.get(SMES + "/review-queue");
                case "GET ERASED/export" -> request.get("/api/v1/participants/" + erased + "/export");
                case "POST ERASED/erasure" -> request.header("If-Match", "\"999\"")
                        .post("/api/v1/participants/" + erased + "/erasure");
                case "GET IMPORTED/by-reference" -> request.get(Smes.IMPORTS + "/" + importedHostReference);
                case "PUT IMPORTED/by-reference" -> request.header("If-Match", "\"999\"")
                        .body(Mobility.austrian("Imported")).put(Smes.IMPORTS + "/" + importedHostReference);
                default -> throw new IllegalArgumentException("No operation " + method + " " + operation);
            };
        }

        /** {@code A/history} is the history of application A, and so on. */
        private String application(String operation) {
            String id = switch (operation.charAt(0)) {
                case 'A' -> eligible;
                case 'B' -> matched;
                case 'C' -> importedSendersDraft;
                default -> draft;
            };
            return APPLICATIONS + "/" + id + operation.substring(1);
        }

        private String answer(String proposal, String answer) {
            return APPLICATIONS + "/" + eligible + "/proposals/" + proposal + "/" + answer;
        }

        private static String company(String operation, UUID id) {
            int slash = operation.indexOf('/');
            return SMES + "/" + id + (slash < 0 ? "" : operation.substring(slash));
        }
    }

    /**
     * The money of the money table (see its comment): a cast of its own, four stays its sending facilitator approved
     * and pays, a bank file and the bank's answer, a cancellation, a reassignment, and a deactivated facilitator's
     * batch. Every step is the API's, in the order the programme takes them; the clock moves to each arrival.
     */
    private static final class MoneyWorld {

        private static final String PAYMENTS = Payouts.PAYMENTS;
        private static final String BATCHES = Payouts.BATCHES;

        final Mobility cast = new Mobility();
        final String partnerClient = "portal-" + UUID.randomUUID();
        /** The person of SEND_FAC who creates the payments; another person of it approves them. */
        final String payer = "facilitator-payer-" + UUID.randomUUID();
        final UUID declinedHost = Smes.verified(Mobility.austrian("Declining " + UUID.randomUUID()),
                cast.hostFacilitator);
        final UUID first = cast.participant();
        final UUID second = cast.participant();
        final String live = approved(first, LocalDate.parse("2027-03-01"), declinedHost);
        final String paid = approved(second, LocalDate.parse("2027-04-01"), null);
        final String exported = approved(first, LocalDate.parse("2027-05-01"), null);
        final String cancelled = approved(second, LocalDate.parse("2027-06-01"), null);
        final String liveKey = "k-" + UUID.randomUUID();
        final String reissueKey = "k-" + UUID.randomUUID();
        final Map<String, String> payments = new LinkedHashMap<>();
        final String batch;
        final String batchMessageId;
        final String bankReport;
        final UUID newFacilitator = Facilitators.create("IT", "IT");
        final Mobility dormantCast;
        final String dormantPayer = "facilitator-payer-" + UUID.randomUUID();
        final String dormant;
        final String dormantBatch;
        final String line;
        final String lineCode = "T-AUTHZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        final Map<String, Supplier<String>> actors = new LinkedHashMap<>();

        MoneyWorld() {
            arrive(cast, live, LocalDate.parse("2027-03-01"));
            arrive(cast, paid, LocalDate.parse("2027-04-01"));
            arrive(cast, exported, LocalDate.parse("2027-05-01"));
            arrive(cast, cancelled, LocalDate.parse("2027-06-01"));
            Payouts.openAccounts(cast);
            String payerToken = facilitator(payer, cast.sendingFacilitator);
            payments.put("FAILED", create(payerToken, live, liveKey));
            payments.put("PAID", create(payerToken, paid, "k-" + UUID.randomUUID()));
            payments.put("EXPORTED", create(payerToken, exported, "k-" + UUID.randomUUID()));
            payments.put("RETURNED", create(payerToken, cancelled, "k-" + UUID.randomUUID()));
            for (String payment : List.copyOf(payments.values())) {
                approve(cast.sendingFacilitatorToken(), payment);
            }
            Map<String, Object> file = Api.as(payerToken).body(Map.of()).post(BATCHES).then().statusCode(201)
                    .body("paymentCount", equalTo(4)).extract().path("$");
            batch = (String) file.get("id");
            batchMessageId = (String) file.get("messageId");
            bankReport = Payouts.statusReport("R" + UUID.randomUUID().toString().replace("-", ""), batchMessageId,
                    Map.of(endToEnd(payments.get("FAILED")), "RJCT:AC04", endToEnd(payments.get("PAID")), "ACSC",
                            endToEnd(payments.get("RETURNED")), "RJCT:AC04"));
            Api.as(payerToken).contentType("application/xml").body(bankReport)
                    .post(BATCHES + "/" + batch + "/status-reports").then().statusCode(200)
                    .body("paid", equalTo(1)).body("failed", equalTo(2));
            payments.put("PENDING", reissue(payerToken, payments.get("FAILED"), reissueKey));
            payments.put("VOIDED", reissue(payerToken, payments.get("RETURNED"), "k-" + UUID.randomUUID()));
            Api.as(cast.sendingFacilitatorToken()).body(Map.of("reason", "The participant fell ill"))
                    .post(APPLICATIONS + "/" + cancelled + "/cancel").then().statusCode(200);
            Api.as(cast.senderToken()).get(Payouts.GRANTS + cancelled).then().statusCode(200)
                    .body("stage", equalTo("RELEASED"));
            Api.as(TestTokens.admin()).body(Map.of("facilitatorId", newFacilitator))
                    .post(SMES + "/" + cast.sender + "/facilitator").then().statusCode(200);

            dormantCast = new Mobility();
            dormant = dormantCast.inProgress(dormantCast.participant(), LocalDate.parse("2027-07-01"),
                    LocalDate.parse("2027-07-31"), LocalDate.parse("2027-07-01"));
            Payouts.openAccounts(dormantCast);
            String dormantToken = facilitator(dormantPayer, dormantCast.sendingFacilitator);
            payments.put("DORMANT", create(dormantToken, dormant, "k-" + UUID.randomUUID()));
            approve(dormantCast.sendingFacilitatorToken(), payments.get("DORMANT"));
            dormantBatch = Api.as(dormantToken).body(Map.of()).post(BATCHES).then().statusCode(201).extract()
                    .path("id");
            Api.as(TestTokens.admin()).header("If-Match", "*").body(Map.of("name", "Dormant " + UUID.randomUUID(),
                    "country", "IT", "coveredCountries", List.of("IT"), "contactEmail", "dormant@it.example.eu",
                    "active", false)).put(FACILITATORS + dormantCast.sendingFacilitator).then().statusCode(200);

            line = Api.as(TestTokens.admin()).body(lineBody(lineCode)).post(Budgets.LINES).then().statusCode(201)
                    .extract().path("id");

            actors.put("SENDER", cast::senderToken);
            actors.put("SEND_FAC", () -> facilitator(payer, cast.sendingFacilitator));
            actors.put("NEW_FAC", () -> TestTokens.facilitator(newFacilitator));
            actors.put("HOST", cast::hostToken);
            actors.put("HOST_FAC", () -> TestTokens.facilitator(cast.hostFacilitator));
            actors.put("DECLINED", () -> TestTokens.sme(declinedHost));
            actors.put("OTHER_SME", () -> TestTokens.sme(UUID.randomUUID()));
            actors.put("OTHER_FAC", () -> TestTokens.facilitator(UUID.randomUUID()));
            actors.put("ADMIN", TestTokens::admin);
            actors.put("PARTNER", () -> TestTokens.partner(partnerClient,
                    "applications:read catalogue:read smes:write"));
            actors.put("DORMANT_FAC", () -> facilitator(dormantPayer, dormantCast.sendingFacilitator));
        }

        /** A token of {@code subject}, one person of {@code facilitator}: the same person in every token. */
        private static String facilitator(String subject, UUID facilitator) {
            return TestTokens.sign(TestTokens.claims(subject, Roles.FACILITATOR)
                    .claim("facilitator_id", facilitator.toString()));
        }

        /**
         * A month's stay from {@code start} matched with the cast's host (after {@code declinedBy}, if any, declined
         * it), signed, approved by the sending facilitator and insured; returns its id.
         */
        private String approved(UUID participant, LocalDate start, UUID declinedBy) {
            String id = cast.eligible(participant, start);
            if (declinedBy != null) {
                answer(TestTokens.sme(declinedBy), id, propose(id, declinedBy), "decline");
            }
            answer(cast.hostToken(), id, propose(id, cast.host), "accept");
            cast.signAll(id, 1);
            Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(APPLICATIONS + "/" + id + "/approve")
                    .then().statusCode(200);
            Api.as(cast.senderToken()).body(Map.of("reference", "Allianz 123"))
                    .post(APPLICATIONS + "/" + id + "/insurance").then().statusCode(200);
            return id;
        }

        private String propose(String application, UUID host) {
            return Api.as(cast.senderToken()).body(Map.of("hostSmeId", host))
                    .post(APPLICATIONS + "/" + application + "/proposals").then().statusCode(201).extract().path("id");
        }

        private static void answer(String token, String application, String proposal, String answer) {
            Api.as(token).body(Map.of()).post(APPLICATIONS + "/" + application + "/proposals/" + proposal + "/"
                    + answer).then().statusCode(200);
        }

        /** The participant arrives on {@code day}, which is then today: pre-financing is due. */
        private static void arrive(Mobility cast, String application, LocalDate day) {
            TestClock.moveTo(day);
            Api.as(cast.hostToken()).body(Map.of("arrivedOn", day.toString()))
                    .post(APPLICATIONS + "/" + application + "/confirm-arrival").then().statusCode(200);
        }

        private static String create(String token, String application, String key) {
            return Api.as(token).header("Idempotency-Key", key).body(prefinancing(application)).post(PAYMENTS)
                    .then().statusCode(201).extract().path("id");
        }

        private static String reissue(String token, String payment, String key) {
            return Api.as(token).header("Idempotency-Key", key).body(Map.of("note", "New IBAN checked"))
                    .post(PAYMENTS + "/" + payment + "/reissue").then().statusCode(201).extract().path("id");
        }

        private static void approve(String token, String payment) {
            Api.as(token).body(Map.of()).post(PAYMENTS + "/" + payment + "/approval").then().statusCode(200);
        }

        private String endToEnd(String payment) {
            return Api.as(TestTokens.admin()).get(PAYMENTS + "/" + payment).then().statusCode(200).extract()
                    .path("endToEndId");
        }

        private static Map<String, Object> prefinancing(String application) {
            return Map.of("applicationId", application, "instalment", "PRE_FINANCING");
        }

        /** A line of the tests' call for San Marino's companies, which no approval of the tests ever uses. */
        private static Map<String, Object> lineBody(String code) {
            return Map.of("callId", Budgets.CALL, "code", code, "name", "Authorization table", "funder", "Tests",
                    "amount", "1000.00", "priority", 1000, "eligibleCountries", List.of("SM"));
        }

        /** Runs one operation of the money table as {@code actor}. */
        Response call(String method, String operation, String actor) {
            RequestSpecification request = Api.as(actors.get(actor).get());
            return switch (method + " " + operation) {
                case "GET grants/LIVE" -> request.get(Payouts.GRANTS + live);
                case "GET grants/CANCELLED" -> request.get(Payouts.GRANTS + cancelled);
                case "GET grants/DORMANT" -> request.get(Payouts.GRANTS + dormant);
                case "POST payments/for-LIVE" -> request.header("Idempotency-Key", "k-" + UUID.randomUUID())
                        .body(prefinancing(live)).post(PAYMENTS);
                case "POST payments/for-LIVE-BALANCE" -> request.header("Idempotency-Key", "k-" + UUID.randomUUID())
                        .body(Map.of("applicationId", live, "instalment", "BALANCE")).post(PAYMENTS);
                case "POST payments/for-LIVE-replay" -> request.header("Idempotency-Key", liveKey)
                        .body(prefinancing(live)).post(PAYMENTS);
                case "POST payments/for-CANCELLED" -> request.header("Idempotency-Key", "k-" + UUID.randomUUID())
                        .body(prefinancing(cancelled)).post(PAYMENTS);
                case "POST payments/for-DORMANT" -> request.header("Idempotency-Key", "k-" + UUID.randomUUID())
                        .body(prefinancing(dormant)).post(PAYMENTS);
                case "GET payments" -> request.get(PAYMENTS);
                case "POST payments/FAILED/reissue-replay" -> request.header("Idempotency-Key", reissueKey)
                        .body(Map.of("note", "New IBAN checked")).post(payment("FAILED/reissue"));
                case "POST payment-batches" -> request.body(Map.of()).post(BATCHES);
                case "GET payment-batches/BATCH" -> request.get(BATCHES + "/" + batch);
                case "GET payment-batches/BATCH/file" -> request.accept("application/xml")
                        .get(BATCHES + "/" + batch + "/file");
                case "POST payment-batches/BATCH/status-reports-other" -> request.contentType("application/xml")
                        .body(otherReport()).post(BATCHES + "/" + batch + "/status-reports");
                case "POST payment-batches/BATCH/status-reports-again" -> request.contentType("application/xml")
                        .body(bankReport).post(BATCHES + "/" + batch + "/status-reports");
                case "GET payment-batches/DORMANT" -> request.get(BATCHES + "/" + dormantBatch);
                case "GET payment-batches/DORMANT/file" -> request.accept("application/xml")
                        .get(BATCHES + "/" + dormantBatch + "/file");
                case "POST payment-batches/DORMANT/status-reports-other" -> request.contentType("application/xml")
                        .body(otherReport()).post(BATCHES + "/" + dormantBatch + "/status-reports");
                case "POST budget-lines-duplicate" -> request.body(lineBody(lineCode)).post(Budgets.LINES);
                case "GET budget-lines" -> request.get(Budgets.LINES);
                case "GET budget-lines/LINE" -> request.get(Budgets.LINES + "/" + line);
                case "PUT budget-lines/LINE-stale" -> request.header("If-Match", "\"999\"").body(lineBody(lineCode))
                        .put(Budgets.LINES + "/" + line);
                case "GET budget-lines/reconciliation" -> request.get(Budgets.LINES + "/reconciliation");
                case "GET grant-rate-tables" -> request.get(GrantRateTables.TABLES);
                case "GET grant-rate-tables/1" -> request.get(GrantRateTables.TABLES + "/1");
                case "POST grant-rate-tables-in-the-past" -> request.body(GrantRateTables.body(
                        LocalDate.parse("2027-01-01"), "1100.00", List.of(Map.of("country", "IT", "monthlyRate",
                                "900.00")))).post(GrantRateTables.TABLES);
                case "POST grant-simulations" -> request.body(Map.of("hostCountry", "AT", "stay", List.of(Map.of(
                        "startsOn", "2027-03-01", "endsOn", "2027-03-31")), "rateTableOn", "2027-01-11"))
                        .post(GrantRateTables.SIMULATIONS);
                default -> {
                    if (method.equals("GET") && operation.startsWith("payments/")) {
                        yield request.get(payment(operation.substring("payments/".length())));
                    }
                    if (method.equals("POST") && operation.startsWith("payments/")) {
                        String step = operation.substring("payments/".length());
                        if (step.endsWith("/reissue")) {
                            request.header("Idempotency-Key", "k-" + UUID.randomUUID());
                        }
                        yield request.body(Map.of()).post(payment(step));
                    }
                    throw new IllegalArgumentException("No operation " + method + " " + operation);
                }
            };
        }

        /** {@code FAILED/reissue} is the re-issue of the payment FAILED, and so on. */
        private String payment(String step) {
            int slash = step.indexOf('/');
            String name = slash < 0 ? step : step.substring(0, slash);
            String id = payments.get(name);
            if (id == null) {
                throw new IllegalArgumentException("No payment " + name);
            }
            return PAYMENTS + "/" + id + (slash < 0 ? "" : step.substring(slash));
        }

        /** A report the bank sent about a message none of the batches was. */
        private static String otherReport() {
            return Payouts.statusReport("R" + UUID.randomUUID().toString().replace("-", ""), "NOT-THIS-BATCH",
                    Map.of());
        }
    }
}
