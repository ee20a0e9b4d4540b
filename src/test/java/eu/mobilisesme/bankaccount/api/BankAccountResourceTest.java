package eu.mobilisesme.bankaccount.api;

import static eu.mobilisesme.support.Smes.SMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.bankaccount.service.AccountDetails;
import eu.mobilisesme.bankaccount.service.AccountOwner;
import eu.mobilisesme.bankaccount.service.BankAccounts;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.Payments;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;

/**
 * Bank accounts of companies, participants and facilitators: giving one, the confirmation a change needs while
 * payments are pending, and the account the payments see meanwhile. Who may do what in every party's state is in the
 * authorization table; here are the rules, one per test.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class BankAccountResourceTest {

    private static final String PARTICIPANTS = "/api/v1/participants/";
    private static final String FACILITATORS = "/api/v1/facilitators/";

    private static final String IT = "IT60 X054 2811 1010 0000 0123 456";
    private static final String DE = "DE89 3704 0044 0532 0130 00";
    private static final String NL = "NL91 ABNA 0417 1643 00";
    private static final String FR = "FR14 2004 1010 0505 0001 3M02 606";

    @Inject
    BankAccounts bankAccounts;

    private Mobility cast;
    private String company;

    @BeforeEach
    void castAMobility() {
        cast = new Mobility();
        company = SMES + "/" + cast.sender + "/bank-account";
    }

    private static Map<String, Object> account(String holder, String iban, String bic) {
        Map<String, Object> body = new HashMap<>();
        body.put("holderName", holder);
        body.put("iban", iban);
        if (bic != null) {
            body.put("bic", bic);
        }
        return body;
    }

    private static Map<String, Object> account(String iban) {
        return account("Pesca Adriatica S.r.l.", iban, null);
    }

    private static ValidatableResponse give(String token, String path, Map<String, Object> body, String ifMatch) {
        var request = Api.as(token).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path).then();
    }

    private static String etag(String token, String path) {
        return Api.as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    private AccountDetails active(AccountOwner owner) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> bankAccounts.activeAccount(owner)));
    }

    @Test
    void theFirstAccountIsInUseAtOnceAndStoredInItsElectronicForm() throws Throwable {
        var created = give(cast.senderToken(), company, account("  Pesca Adriatica S.r.l. ", "it60 x054 2811 1010 0000 "
                + "0123 456", "bcititmm"), null)
                .statusCode(201)
                .header("Location", endsWith(company))
                .header("ETag", "\"1\"")
                .body("ownerKind", equalTo("SME"))
                .body("ownerId", equalTo(cast.sender.toString()))
                .body("active.holderName", equalTo("Pesca Adriatica S.r.l."))
                .body("active.iban", equalTo("IT60X0542811101000000123456"))
                .body("active.bic", equalTo("BCITITMM"))
                .body("active.status", equalTo("ACTIVE"))
                .body("active.revision", equalTo(1))
                .body("active.createdBy", startsWith("sme-user-"))
                .body("active.activatedAt", notNullValue())
                .body("active", not(hasKey("confirmedAt")))
                .body("$", not(hasKey("awaitingConfirmation")))
                .body("version", equalTo(1))
                .extract();
        assertThat(created.<String>path("active.createdAt")).isEqualTo(created.path("active.activatedAt"));

        for (String reader : List.of(cast.senderToken(), cast.sendingFacilitatorToken(), TestTokens.admin())) {
            Api.as(reader).get(company).then().statusCode(200).header("ETag", "\"1\"")
                    .body("active.iban", equalTo("IT60X0542811101000000123456"));
        }
        assertThat(active(AccountOwner.sme(cast.sender)))
                .isEqualTo(new AccountDetails("Pesca Adriatica S.r.l.", "IT60X0542811101000000123456", "BCITITMM"));
    }

    @Test
    void withNothingPendingAChangeIsInUseAtOnceAndNeedsTheVersionItReplaces() throws Throwable {
        give(cast.senderToken(), company, account(IT), null).statusCode(201);
        give(cast.senderToken(), company, account(DE), null).statusCode(428);
        give(cast.senderToken(), company, account(DE), "\"0\"").statusCode(412);
        give(cast.senderToken(), company, account(DE), "\"1\"").statusCode(200)
                .header("ETag", "\"3\"")
                .body("active.iban", equalTo("DE89370400440532013000"))
                .body("active.revision", equalTo(2))
                .body("$", not(hasKey("awaitingConfirmation")));
        // The same account again changes nothing.
        give(cast.senderToken(), company, account(DE), "*").statusCode(200).header("ETag", "\"3\"");

        Api.as(cast.senderToken()).get(company + "/history").then().statusCode(200)
                .body("items.iban", equalTo(List.of("DE89370400440532013000", "IT60X0542811101000000123456")))
                .body("items.status", equalTo(List.of("ACTIVE", "SUPERSEDED")))
                .body("items[1].supersededAt", notNullValue())
                .body("next", nullValue());
        assertThat(active(AccountOwner.sme(cast.sender)).iban()).isEqualTo("DE89370400440532013000");
    }

    /** The flow of issue 10: a change while a payment is pending waits; payments keep the old account meanwhile. */
    @Test
    void withAPaymentPendingAChangeWaitsForTheFacilitatorInCharge() throws Throwable {
        give(cast.senderToken(), company, account(IT), null).statusCode(201);
        new Payments(cast).toSender("PRE_FINANCING", "PENDING");

        String waitingId = give(cast.senderToken(), company, account("Pesca Adriatica S.r.l.", DE, "DEUTDEFF"), "\"1\"")
                .statusCode(200)
                .body("active.iban", equalTo("IT60X0542811101000000123456"))
                .body("active.status", equalTo("ACTIVE"))
                .body("awaitingConfirmation.iban", equalTo("DE89370400440532013000"))
                .body("awaitingConfirmation.status", equalTo("AWAITING_CONFIRMATION"))
                .body("awaitingConfirmation", not(hasKey("activatedAt")))
                .extract().path("awaitingConfirmation.id");
        assertThat(active(AccountOwner.sme(cast.sender)).iban()).isEqualTo("IT60X0542811101000000123456");

        // The company cannot confirm its own change; the facilitator in charge confirms the account it checked.
        Api.as(cast.senderToken()).body(Map.of("accountId", waitingId)).post(company + "/confirmation")
                .then().statusCode(403);
        String etag = etag(cast.sendingFacilitatorToken(), company);
        Api.as(cast.sendingFacilitatorToken()).header("If-Match", "\"1\"").body(Map.of("accountId", waitingId))
                .post(company + "/confirmation").then().statusCode(412);
        Api.as(cast.sendingFacilitatorToken()).header("If-Match", etag).body(Map.of("accountId", waitingId))
                .post(company + "/confirmation").then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("active.id", equalTo(waitingId))
                .body("active.iban", equalTo("DE89370400440532013000"))
                .body("active.bic", equalTo("DEUTDEFF"))
                .body("active.confirmedBy", startsWith("facilitator-"))
                .body("active.confirmedAt", notNullValue())
                .body("active.activatedAt", notNullValue())
                .body("$", not(hasKey("awaitingConfirmation")));
        assertThat(active(AccountOwner.sme(cast.sender)))
                .isEqualTo(new AccountDetails("Pesca Adriatica S.r.l.", "DE89370400440532013000", "DEUTDEFF"));

        Api.as(cast.senderToken()).get(company + "/history").then()
                .body("items.status", equalTo(List.of("ACTIVE", "SUPERSEDED")));
        // Decided: nothing waits any more.
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", waitingId)).post(company + "/confirmation")
                .then().statusCode(409).body("code", equalTo("BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION"))
                .body("$", not(hasKey("awaitingAccountId")));
    }

    @Test
    void theFacilitatorRefusesAChangeWithAReasonAndTheAccountInUseStays() throws Throwable {
        give(cast.senderToken(), company, account(IT), null).statusCode(201);
        new Payments(cast).toSender("BALANCE", "APPROVED");
        String waitingId = give(cast.senderToken(), company, account(NL), "\"1\"").statusCode(200)
                .extract().path("awaitingConfirmation.id");

        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", waitingId)).post(company + "/refusal")
                .then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        Api.as(cast.sendingFacilitatorToken()).header("If-Match", "\"1\"")
                .body(Map.of("accountId", waitingId, "reason", "Not confirmed by phone"))
                .post(company + "/refusal").then().statusCode(412);
        Api.as(cast.sendingFacilitatorToken())
                .body(Map.of("accountId", waitingId, "reason", " The director did not confirm it by phone. "))
                .post(company + "/refusal").then().statusCode(200)
                .body("active.iban", equalTo("IT60X0542811101000000123456"))
                .body("$", not(hasKey("awaitingConfirmation")));
        Api.as(cast.senderToken()).get(company + "/history").then()
                .body("items[0].status", equalTo("REFUSED"))
                .body("items[0].refusalReason", equalTo("The director did not confirm it by phone."))
                .body("items[0].refusedBy", startsWith("facilitator-"))
                .body("items[1].status", equalTo("ACTIVE"));
        assertThat(active(AccountOwner.sme(cast.sender)).iban()).isEqualTo("IT60X0542811101000000123456");
    }

    @Test
    void aNewChangeReplacesTheWaitingOneAndTheAccountInUseWithdrawsIt() {
        give(cast.senderToken(), company, account(IT), null).statusCode(201);
        new Payments(cast).toSender("PRE_FINANCING", "PENDING");
        String first = give(cast.senderToken(), company, account(DE), "*").statusCode(200)
                .extract().path("awaitingConfirmation.id");
        // Giving the waiting account again changes nothing.
        String etag = etag(cast.senderToken(), company);
        give(cast.senderToken(), company, account(DE), etag).statusCode(200).header("ETag", etag)
                .body("awaitingConfirmation.id", equalTo(first));

        String second = give(cast.senderToken(), company, account(NL), etag).statusCode(200)
                .body("active.iban", equalTo("IT60X0542811101000000123456"))
                .body("awaitingConfirmation.iban", equalTo("NL91ABNA0417164300"))
                .extract().path("awaitingConfirmation.id");
        // A facilitator who checked the first change confirms nothing: the one waiting now is another.
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", first)).post(company + "/confirmation")
                .then().statusCode(409).body("code", equalTo("BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION"))
                .body("awaitingAccountId", equalTo(second));

        give(cast.senderToken(), company, account(IT), "*").statusCode(200)
                .body("active.iban", equalTo("IT60X0542811101000000123456"))
                .body("$", not(hasKey("awaitingConfirmation")));
        Api.as(cast.senderToken()).get(company + "/history").then()
                .body("items.status", equalTo(List.of("SUPERSEDED", "SUPERSEDED", "ACTIVE")));
    }

    @Test
    void onlyPendingAndApprovedPaymentsHoldAChange() {
        give(cast.senderToken(), company, account(IT), null).statusCode(201);
        Payments payments = new Payments(cast);
        UUID payment = payments.toSender("PRE_FINANCING", "EXPORTED");
        payments.toSender("BALANCE", "PAID");
        payments.toSender("RECOVERY", "CANCELLED");
        give(cast.senderToken(), company, account(DE), "*").statusCode(200)
                .body("active.iban", equalTo("DE89370400440532013000"));
        Payments.setStatus(payment, "FAILED");
        give(cast.senderToken(), company, account(NL), "*").statusCode(200)
                .body("active.iban", equalTo("NL91ABNA0417164300"));

        // Payments to one of the company's people are the person's, not the company's.
        payments.payment("PRE_FINANCING", "PARTICIPANT", cast.participant(), "PENDING");
        give(cast.senderToken(), company, account(FR), "*").statusCode(200)
                .body("active.iban", equalTo("FR1420041010050500013M02606"));

        payments.toSender("RECOVERY", "APPROVED");
        give(cast.senderToken(), company, account(IT), "*").statusCode(200)
                .body("active.iban", equalTo("FR1420041010050500013M02606"))
                .body("awaitingConfirmation.iban", equalTo("IT60X0542811101000000123456"));
    }

    @Test
    void aParticipantsAccountIsGivenByTheCompanyAndConfirmedByItsFacilitator() throws Throwable {
        UUID person = cast.participant();
        String path = PARTICIPANTS + person + "/bank-account";
        give(cast.senderToken(), path, account("Luca Verdi", IT, null), null).statusCode(201)
                .header("Location", endsWith(path))
                .body("ownerKind", equalTo("PARTICIPANT"))
                .body("active.holderName", equalTo("Luca Verdi"));
        give(cast.sendingFacilitatorToken(), path, account("Luca Verdi", DE, null), "*").statusCode(403);
        give(TestTokens.admin(), path, account("Luca Verdi", DE, null), "*").statusCode(403);

        // The company's payments do not hold the person's change; the person's do.
        Payments payments = new Payments(cast);
        payments.toSender("PRE_FINANCING", "PENDING");
        give(cast.senderToken(), path, account("Luca Verdi", DE, null), "*").statusCode(200)
                .body("active.iban", equalTo("DE89370400440532013000"));
        payments.payment("BALANCE", "PARTICIPANT", person, "PENDING");
        String waiting = give(cast.senderToken(), path, account("Luca Verdi", NL, null), "*").statusCode(200)
                .body("active.iban", equalTo("DE89370400440532013000"))
                .extract().path("awaitingConfirmation.id");
        assertThat(active(AccountOwner.participant(person)).iban()).isEqualTo("DE89370400440532013000");

        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", waiting))
                .post(path + "/confirmation").then().statusCode(200)
                .body("active.iban", equalTo("NL91ABNA0417164300"));
        assertThat(active(AccountOwner.participant(person)))
                .isEqualTo(new AccountDetails("Luca Verdi", "NL91ABNA0417164300", null));
        Api.as(TestTokens.admin()).get(path + "/history").then().statusCode(200)
                .body("items.iban", equalTo(List.of("NL91ABNA0417164300", "DE89370400440532013000",
                        "IT60X0542811101000000123456")));

        // A change is refused like a company's: the account in use stays.
        give(cast.senderToken(), path, account("Luca Verdi", FR, null), null).statusCode(428);
        String refused = give(cast.senderToken(), path, account("Luca Verdi", FR, null), "*").statusCode(200)
                .extract().path("awaitingConfirmation.id");
        Map<String, Object> refusal = Map.of("accountId", refused, "reason", "Holder unknown to the company");
        Api.as(cast.sendingFacilitatorToken()).header("If-Match", "\"1\"").body(refusal).post(path + "/refusal")
                .then().statusCode(412);
        Api.as(cast.sendingFacilitatorToken()).body(refusal).post(path + "/refusal").then().statusCode(200)
                .body("active.iban", equalTo("NL91ABNA0417164300"))
                .body("$", not(hasKey("awaitingConfirmation")));
        Api.as(cast.sendingFacilitatorToken()).body(refusal).post(path + "/refusal").then().statusCode(409)
                .body("code", equalTo("BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of()).post(path + "/confirmation").then().statusCode(400)
                .body("errors.field", equalTo(List.of("accountId")));
    }

    /** Two first accounts given at once: the owner's lock lets one in, the other then replaces without a version. */
    @Test
    void firstAccountsGivenAtOnceMakeOneAccount() {
        List<String> ibans = List.of(IT, DE, NL, FR, "GB82 WEST 1234 5698 7654 32", "ES91 2100 0418 4502 0005 1332");
        List<Integer> statuses = Concurrently.statuses(ibans.stream().<IntSupplier>map(iban -> () -> Api
                .as(cast.senderToken()).body(account(iban)).put(company).statusCode()).toList());
        assertThat(statuses).containsExactly(201, 428, 428, 428, 428, 428);
        Api.as(cast.senderToken()).get(company + "/history").then().statusCode(200)
                .body("items.status", equalTo(List.of("ACTIVE")));
    }

    /** An erased person's accounts are erased with them: nothing to read, nothing to give; the record of who did what stays. */
    @Test
    void erasingAParticipantErasesTheirAccounts() {
        UUID person = cast.participant();
        String path = PARTICIPANTS + person + "/bank-account";
        give(cast.senderToken(), path, account("Luca Verdi", IT, "BCITITMM"), null).statusCode(201);
        Api.as(cast.senderToken()).get(PARTICIPANTS + person + "/export").then().statusCode(200)
                .body("records.find { it.kind == 'bank-account' }.facts.iban", equalTo("IT60X0542811101000000123456"));

        Api.as(cast.senderToken()).post(PARTICIPANTS + person + "/erasure").then().statusCode(200);

        Api.as(cast.senderToken()).get(path).then().statusCode(404);
        give(cast.senderToken(), path, account("Luca Verdi", DE, null), null).statusCode(409)
                .body("code", equalTo("PARTICIPANT_ERASED"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", UUID.randomUUID()))
                .post(path + "/confirmation").then().statusCode(409).body("code", equalTo("PARTICIPANT_ERASED"));
        Api.as(cast.senderToken()).get(path + "/history").then().statusCode(200)
                .body("items[0].status", equalTo("SUPERSEDED"))
                .body("items[0].erased", equalTo(true))
                .body("items[0].erasedAt", notNullValue())
                .body("items[0]", not(hasKey("iban")))
                .body("items[0]", not(hasKey("holderName")))
                .body("items[0]", not(hasKey("bic")))
                .body("items[0].createdBy", startsWith("sme-user-"));
        Api.as(cast.senderToken()).get(PARTICIPANTS + person + "/export").then().statusCode(200)
                .body("records.find { it.kind == 'bank-account' }.facts.iban", nullValue())
                .body("records.find { it.kind == 'bank-account' }.facts.erasedAt", notNullValue());
        assertMissing(AccountOwner.participant(person), "Participant " + person + " has no bank account in use.");
    }

    @Test
    void administratorsGiveFacilitatorsAccountsAndTheFacilitatorReadsItsOwn() throws Throwable {
        String path = FACILITATORS + cast.sendingFacilitator + "/bank-account";
        Api.as(cast.sendingFacilitatorToken()).get(path).then().statusCode(404)
                .body("detail", equalTo("Bank account of Facilitator " + cast.sendingFacilitator + " was not found."));
        give(cast.sendingFacilitatorToken(), path, account("Camera di Commercio di Bari", IT, null), null)
                .statusCode(403);
        give(TestTokens.admin(), path, account("Camera di Commercio di Bari", IT, "BCITITMM"), null).statusCode(201)
                .body("ownerKind", equalTo("FACILITATOR"));
        Api.as(cast.sendingFacilitatorToken()).get(path).then().statusCode(200)
                .body("active.holderName", equalTo("Camera di Commercio di Bari"));
        Api.as(cast.senderToken()).get(path).then().statusCode(403);
        Api.as(TestTokens.facilitator(cast.hostFacilitator)).get(path).then().statusCode(404);
        Api.as(TestTokens.facilitator(cast.hostFacilitator)).get(path + "/history").then().statusCode(404);

        // A facilitator is never paid, so nothing is ever pending: a change is in use at once.
        give(TestTokens.admin(), path, account("Camera di Commercio di Bari", DE, null), null).statusCode(428);
        give(TestTokens.admin(), path, account("Camera di Commercio di Bari", DE, null), "\"1\"").statusCode(200)
                .body("active.iban", equalTo("DE89370400440532013000"));
        assertThat(active(AccountOwner.facilitator(cast.sendingFacilitator)).iban())
                .isEqualTo("DE89370400440532013000");
        Api.as(cast.sendingFacilitatorToken()).get(path + "/history").then().statusCode(200)
                .body("items.status", equalTo(List.of("ACTIVE", "SUPERSEDED")));

        UUID nobody = UUID.randomUUID();
        Api.as(TestTokens.admin()).get(FACILITATORS + nobody + "/bank-account").then().statusCode(404)
                .contentType("application/problem+json");
        give(TestTokens.admin(), FACILITATORS + nobody + "/bank-account", account(IT), null).statusCode(404);
    }

    @Test
    void noAccountIs404AndPaymentsAreToldWhoseIsMissing() {
        Api.as(cast.senderToken()).get(company).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Bank account of SME " + cast.sender + " was not found."));
        Api.as(cast.senderToken()).get(company + "/history").then().statusCode(200).body("items", equalTo(List.of()));
        Api.as(TestTokens.admin()).get(SMES + "/" + UUID.randomUUID() + "/bank-account").then().statusCode(404);
        Api.as(TestTokens.admin()).get(PARTICIPANTS + UUID.randomUUID() + "/bank-account/history").then()
                .statusCode(404);
        give(cast.senderToken(), company, account(IT), "\"1\"").statusCode(412);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", UUID.randomUUID()))
                .post(company + "/refusal").then().statusCode(400);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", UUID.randomUUID(), "reason", "No"))
                .post(company + "/refusal").then().statusCode(409)
                .body("code", equalTo("BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION"));
        Api.anonymous().get(company).then().statusCode(401);
        Api.as(TestTokens.partner("eures", "catalogue:read applications:read smes:write")).get(company).then()
                .statusCode(403);

        assertMissing(AccountOwner.sme(cast.sender), "SME " + cast.sender + " has no bank account in use.");
        assertMissing(AccountOwner.facilitator(cast.hostFacilitator),
                "Facilitator " + cast.hostFacilitator + " has no bank account in use.");
    }

    @Test
    void invalidAccountsAre400NamingTheFieldAndWhatIsWrong() {
        expectInvalid(account("DE88 3704 0044 0532 0130 00"), "iban", "is not a valid IBAN: check digits do not match");
        expectInvalid(account("DE89 3704 0044 0532 0130 0"), "iban",
                "is not a valid IBAN: IBANs of DE have 22 characters, not 21");
        expectInvalid(account("XX89 3704 0044 0532 0130 00"), "iban",
                "is not a valid IBAN: XX is not a country of the IBAN registry");
        expectInvalid(account("DE89-3704-0044-0532-0130-00"), "iban",
                "must be an IBAN such as DE89 3704 0044 0532 0130 00");
        expectInvalid(account("Pesca", IT, "BCIT ITMM"), "bic",
                "is not a valid BIC: it must be 8 or 11 letters and digits, as in DEUTDEFF or DEUTDEFF500");
        Api.as(cast.senderToken()).body(account("x".repeat(71), IT, null)).put(company).then().statusCode(400)
                .body("errors.field", equalTo(List.of("holderName")));
        expectInvalid(account("Pesca\nAdriatica", IT, null), "holderName", "must not contain control characters");
        Api.as(cast.senderToken()).body(Map.of("holderName", " ")).put(company).then().statusCode(400)
                .body("errors.field", equalTo(List.of("holderName", "iban")));
        Api.as(cast.senderToken()).body(Map.of("holderName", "Pesca", "iban", IT, "owner", "someone else"))
                .put(company).then().statusCode(400).body("errors[0].field", equalTo("owner"));
        Api.as(cast.senderToken()).get(company).then().statusCode(404);
    }

    @Test
    void nobodyConfirmsAnAccountTheyGaveThemselves() {
        // One person holding both roles (a facilitator employee who is also the company's user).
        String both = TestTokens.sign(TestTokens.claims("dual-" + UUID.randomUUID(), Roles.SME)
                .groups(Set.of(Roles.SME, Roles.FACILITATOR)).claim("sme_id", cast.sender.toString())
                .claim("facilitator_id", cast.sendingFacilitator.toString()));
        give(both, company, account(IT), null).statusCode(201);
        new Payments(cast).toSender("PRE_FINANCING", "PENDING");
        String waiting = give(both, company, account(DE), "*").statusCode(200)
                .extract().path("awaitingConfirmation.id");
        Api.as(both).body(Map.of("accountId", waiting)).post(company + "/confirmation").then().statusCode(403)
                .body("detail", equalTo("You gave this account yourself; someone else must confirm or refuse it."));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", waiting)).post(company + "/confirmation")
                .then().statusCode(200).body("active.id", equalTo(waiting));
    }

    @Test
    void anInactiveFacilitatorNoLongerDecidesAndTheNewOneDoes() {
        give(cast.senderToken(), company, account(IT), null).statusCode(201);
        new Payments(cast).toSender("PRE_FINANCING", "PENDING");
        String waiting = give(cast.senderToken(), company, account(DE), "*").statusCode(200)
                .extract().path("awaitingConfirmation.id");
        Api.as(TestTokens.admin()).header("If-Match", "*")
                .body(new HashMap<>(Map.of("name", "Dormant " + UUID.randomUUID(), "country", "IT",
                        "coveredCountries", List.of("IT"), "contactEmail", "c@it.example.eu", "active", false)))
                .put(FACILITATORS + cast.sendingFacilitator).then().statusCode(200);
        Api.as(cast.sendingFacilitatorToken()).get(company).then().statusCode(200);
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("accountId", waiting)).post(company + "/confirmation")
                .then().statusCode(403).body("detail", startsWith("Facilitator " + cast.sendingFacilitator
                        + " is no longer active"));

        // The company is given to an active facilitator, which sees the waiting change and decides on it; the one
        // the company was taken from sees nothing any more.
        UUID successor = Facilitators.create("IT", "IT");
        Api.as(TestTokens.admin()).body(Map.of("facilitatorId", successor))
                .post(SMES + "/" + cast.sender + "/facilitator").then().statusCode(200);
        Api.as(cast.sendingFacilitatorToken()).get(company).then().statusCode(404);
        Api.as(TestTokens.facilitator(successor)).get(company).then().statusCode(200)
                .body("awaitingConfirmation.id", equalTo(waiting));
        Api.as(TestTokens.facilitator(successor)).body(Map.of("accountId", waiting)).post(company + "/confirmation")
                .then().statusCode(200).body("active.id", equalTo(waiting));
    }

    @Test
    void theHistoryPagesNewestFirst() {
        String etag = give(cast.senderToken(), company, account(IT), null).statusCode(201).extract().header("ETag");
        for (String iban : List.of(DE, NL, FR)) {
            etag = give(cast.senderToken(), company, account(iban), etag).statusCode(200).extract().header("ETag");
        }
        var first = Api.as(cast.senderToken()).queryParam("limit", 3).get(company + "/history").then()
                .statusCode(200).body("items.revision", equalTo(List.of(4, 3, 2))).body("next", notNullValue())
                .extract();
        Api.as(cast.senderToken()).queryParam("limit", 3).queryParam("cursor", first.<String>path("next"))
                .get(company + "/history").then().statusCode(200)
                .body("items.revision", equalTo(List.of(1))).body("next", nullValue());
        Api.as(cast.senderToken()).queryParam("limit", 101).get(company + "/history").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    private void expectInvalid(Map<String, Object> body, String field, String message) {
        Api.as(cast.senderToken()).body(body).put(company).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", equalTo(message));
    }

    private void assertMissing(AccountOwner owner, String message) {
        try {
            active(owner);
        } catch (BusinessRuleException missing) {
            assertThat(missing.code()).isEqualTo("BANK_ACCOUNT_MISSING");
            assertThat(missing.getMessage()).isEqualTo(message);
            return;
        } catch (Throwable other) {
            throw new AssertionError("Expected BANK_ACCOUNT_MISSING", other);
        }
        throw new AssertionError("Expected BANK_ACCOUNT_MISSING, got an account");
    }
}
