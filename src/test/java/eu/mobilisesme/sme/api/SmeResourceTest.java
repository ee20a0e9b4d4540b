package eu.mobilisesme.sme.api;

import static eu.mobilisesme.support.Smes.SMES;
import static eu.mobilisesme.support.Smes.italian;
import static eu.mobilisesme.support.Smes.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class SmeResourceTest {

    private UUID bari;

    @BeforeEach
    void createFacilitator() {
        bari = Facilitators.create("IT", "IT");
    }

    @Test
    void anSmeUserRegistersItsOwnCompanyUnderTheIdOfItsToken() {
        UUID smeId = UUID.randomUUID();
        var created = Api.as(TestTokens.sme(smeId)).body(with(italian("Frantoio " + smeId), "facilitatorId", bari))
                .post(SMES)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", equalTo(smeId.toString()))
                .body("view", equalTo("FULL"))
                .body("status", equalTo("PENDING_VERIFICATION"))
                .body("sizeClass", equalTo("SMALL"))
                .body("nace.code", equalTo("10.41"))
                .body("nace.section", equalTo("C"))
                .body("nace.version", equalTo("REV_2"))
                .body("annualTurnover", equalTo("1850000.00"))
                .body("facilitatorId", equalTo(bari.toString()))
                .body("reviewDueOn", notNullValue())
                .extract();
        assertThat(created.header("Location")).endsWith(SMES + "/" + smeId);

        Api.as(TestTokens.sme(smeId)).body(italian("Again " + smeId)).post(SMES)
                .then().statusCode(409).body("code", equalTo("SME_ALREADY_REGISTERED"));
    }

    @Test
    void anSmeTokenWithoutACompanyCannotRegisterAndPartnersUseTheirExternalReference() {
        Api.as(TestTokens.sign(TestTokens.claims("no-company", "sme"))).body(italian("Orphan")).post(SMES)
                .then().statusCode(403);
        Api.as(TestTokens.partner("eures", "smes:write")).body(italian("Imported")).post(SMES)
                .then().statusCode(403);
    }

    @Test
    void aFacilitatorRegistersACompanyForItselfByDefault() {
        Api.as(TestTokens.facilitator(bari)).body(italian("Caseificio " + UUID.randomUUID())).post(SMES)
                .then().statusCode(201).body("facilitatorId", equalTo(bari.toString()));
    }

    @Test
    void normalisesWhatClientsWriteInMoreThanOneWay() {
        String digits = Smes.digits(11);
        var body = with(with(italian("Pastificio " + digits), "vatNumber", "it " + digits.substring(0, 5) + "-"
                + digits.substring(5)), "languages", List.of("IT", "pt-br"));
        Api.as(TestTokens.admin()).body(with(body, "annualTurnover", 1850000.5)).post(SMES)
                .then().statusCode(201)
                .body("vatNumber", equalTo("IT" + digits))
                .body("languages", equalTo(List.of("it", "pt-BR")))
                .body("annualTurnover", equalTo("1850000.50"));
    }

    @Test
    void invalidFieldsAre400WithTheirJsonNamesAndNothingIsWritten() {
        var body = with(with(with(with(italian("Bad " + UUID.randomUUID()), "vatNumber", "DE123456789"),
                "nutsRegion", "PT11"), "naceCode", "Z99"), "annualTurnover", "12.345");
        Api.as(TestTokens.admin()).body(with(with(body, "languages", List.of("not a tag")), "foundingYear", 2999))
                .post(SMES)
                .then().statusCode(400)
                .body("type", equalTo("urn:mobilisesme:problem:validation-failed"))
                .body("errors.field", equalTo(List.of("annualTurnover", "foundingYear", "languages[0]", "naceCode",
                        "nutsRegion", "vatNumber")));

        Api.as(TestTokens.admin()).body(with(italian("No division"), "naceCode", "C04.1")).post(SMES)
                .then().statusCode(400).body("errors[0].message", equalTo("names no division of NACE Rev. 2"));
        Api.as(TestTokens.admin()).body(with(italian("Wrong section"), "naceCode", "A10.41")).post(SMES)
                .then().statusCode(400).body("errors[0].message", equalTo("division 10 belongs to section C"));
    }

    @Test
    void serverOwnedFieldsCannotBeSent() {
        for (String field : List.of("status", "sizeClass", "id", "version", "reviewDueOn")) {
            Api.as(TestTokens.admin()).body(with(italian("Sneaky"), field, "VERIFIED")).post(SMES)
                    .then().statusCode(400).body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo("is not a known field"));
        }
    }

    @Test
    void businessRulesAre422WithStableCodes() {
        Api.as(TestTokens.admin()).body(with(with(with(italian("Swiss"), "country", "CH"), "vatNumber", "CHE123456789"),
                "nutsRegion", null))
                .post(SMES).then().statusCode(422).body("code", equalTo("COUNTRY_NOT_ELIGIBLE"));

        var large = with(italian("Grande " + UUID.randomUUID()), "staffHeadcount", 250);
        Api.as(TestTokens.admin()).body(large).post(SMES)
                .then().statusCode(422).body("code", equalTo("LARGE_COMPANY_CANNOT_SEND"));
        Api.as(TestTokens.admin()).body(with(large, "exchangeRole", "HOST")).post(SMES)
                .then().statusCode(201).body("sizeClass", equalTo("LARGE"));

        Api.as(TestTokens.admin()).body(with(with(italian("No room"), "exchangeRole", "HOST"), "hostingCapacity", 0))
                .post(SMES).then().statusCode(422).body("code", equalTo("HOSTING_CAPACITY_REQUIRED"));

        UUID portugal = Facilitators.create("PT", "PT");
        Api.as(TestTokens.admin()).body(with(italian("Wrong facilitator"), "facilitatorId", portugal)).post(SMES)
                .then().statusCode(422).body("code", equalTo("FACILITATOR_NOT_AVAILABLE"));

        var first = italian("Original " + UUID.randomUUID());
        Api.as(TestTokens.admin()).body(first).post(SMES).then().statusCode(201);
        Api.as(TestTokens.admin()).body(with(first, "legalName", "Copy")).post(SMES)
                .then().statusCode(422).body("code", equalTo("DUPLICATE_VAT"));
    }

    @Test
    void privateProfilesAreInvisibleToOthersAndPublicOnesShowNoFiguresOrIdentifiers() {
        UUID pending = Smes.register(italian("Pending " + UUID.randomUUID()), bari);
        for (String outsider : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()),
                TestTokens.partner("eures", "catalogue:read"))) {
            Api.as(outsider).get(SMES + "/" + pending).then().statusCode(404)
                    .body("type", equalTo("urn:mobilisesme:problem:not-found"));
        }
        for (String insider : List.of(TestTokens.sme(pending), TestTokens.facilitator(bari), TestTokens.admin())) {
            Api.as(insider).get(SMES + "/" + pending).then().statusCode(200).body("view", equalTo("FULL"))
                    .header("ETag", "\"0\"");
        }

        UUID listed = Smes.verified(italian("Listed " + UUID.randomUUID()), bari);
        Api.as(TestTokens.partner("eures", "catalogue:read")).get(SMES + "/" + listed)
                .then().statusCode(200)
                .header("ETag", nullValue())
                .body("view", equalTo("PUBLIC"))
                .body("status", equalTo("VERIFIED"))
                .body("address.city", equalTo("Bari"))
                .body("address.street", nullValue())
                .body("vatNumber", nullValue())
                .body("staffHeadcount", nullValue())
                .body("annualTurnover", nullValue())
                .body("balanceSheetTotal", nullValue())
                .body("version", nullValue());
        Api.as(TestTokens.partner("eures", "smes:write")).get(SMES + "/" + listed)
                .then().statusCode(403).body("code", equalTo("SCOPE_MISSING"));

        UUID unlisted = Smes.verified(with(italian("Unlisted " + UUID.randomUUID()), "catalogueConsent", false), bari);
        Api.as(TestTokens.sme(UUID.randomUUID())).get(SMES + "/" + unlisted).then().statusCode(404);
    }

    @Test
    void theCompanyItsFacilitatorAndAdminsChangeTheProfileWithIfMatch() {
        var body = italian("Editable " + UUID.randomUUID());
        UUID id = Smes.register(body, bari);
        Api.as(TestTokens.sme(id)).header("If-Match", "\"0\"").body(with(body, "description", "By the company"))
                .put(SMES + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("description", equalTo("By the company"));
        Api.as(TestTokens.facilitator(bari)).header("If-Match", "\"1\"").body(with(body, "hostingCapacity", 3))
                .put(SMES + "/" + id).then().statusCode(200).header("ETag", "\"2\"");
        Api.as(TestTokens.admin()).header("If-Match", "*").body(with(body, "hostingCapacity", 4))
                .put(SMES + "/" + id).then().statusCode(200).body("hostingCapacity", equalTo(4));

        Api.as(TestTokens.admin()).body(body).put(SMES + "/" + id)
                .then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        Api.as(TestTokens.admin()).header("If-Match", "\"0\"").body(body).put(SMES + "/" + id)
                .then().statusCode(412).body("code", equalTo("STALE_VERSION")).body("currentVersion", equalTo(3));
        Api.as(TestTokens.admin()).header("If-Match", "*").body(with(with(with(body, "country", "PT"),
                "vatNumber", "PT509876543"), "nutsRegion", null)).put(SMES + "/" + id)
                .then().statusCode(422).body("code", equalTo("COUNTRY_CHANGE_NOT_ALLOWED"));
        Api.as(TestTokens.admin()).header("If-Match", "*").body(with(body, "facilitatorId", bari)).put(SMES + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("facilitatorId"));
        Api.as(TestTokens.admin()).get(SMES + "/" + id).then().body("version", equalTo(3));
    }

    @Test
    void othersCannotChangeAProfileAndLearnNothingAboutPrivateOnes() {
        var body = italian("Guarded " + UUID.randomUUID());
        UUID pending = Smes.register(body, bari);
        Api.as(TestTokens.sme(UUID.randomUUID())).header("If-Match", "*").body(body).put(SMES + "/" + pending)
                .then().statusCode(404);
        Api.as(TestTokens.facilitator(UUID.randomUUID())).header("If-Match", "*").body(body).put(SMES + "/" + pending)
                .then().statusCode(404);
        Api.as(TestTokens.partner("eures", "smes:write catalogue:read")).header("If-Match", "*").body(body)
                .put(SMES + "/" + pending).then().statusCode(403);

        var listedBody = italian("Public " + UUID.randomUUID());
        UUID listed = Smes.verified(listedBody, bari);
        Api.as(TestTokens.sme(UUID.randomUUID())).header("If-Match", "*").body(listedBody).put(SMES + "/" + listed)
                .then().statusCode(403).body("code", equalTo("ACCESS_DENIED"));
        Api.as(TestTokens.admin()).get(SMES + "/" + listed).then().body("version", equalTo(1));
    }

    @Test
    void aVerifiedCompanyThatChangesItsLegalNameIsVerifiedAgain() {
        var body = italian("Before " + UUID.randomUUID());
        UUID id = Smes.verified(body, bari);
        Api.as(TestTokens.sme(id)).header("If-Match", "\"1\"").body(with(body, "description", "Only the text"))
                .put(SMES + "/" + id).then().statusCode(200).body("status", equalTo("VERIFIED"));
        Api.as(TestTokens.sme(id)).header("If-Match", "\"2\"").body(with(body, "legalName", "After " + id))
                .put(SMES + "/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION"))
                .body("reviewDueOn", notNullValue());
        Api.as(TestTokens.sme(id)).get(SMES + "/" + id + "/history").then().statusCode(200)
                .body("toStatus", equalTo(List.of("PENDING_VERIFICATION", "VERIFIED", "PENDING_VERIFICATION")))
                .body("reason", hasItem("Legal name or VAT number changed"));
    }

    @Test
    void twoConcurrentUpdatesWithTheSameIfMatchHaveExactlyOneWinner() {
        var body = italian("Contended " + UUID.randomUUID());
        UUID id = Smes.register(body, bari);
        List<IntSupplier> writers = List.of("Writer A", "Writer B").stream()
                .<IntSupplier>map(description -> () -> Api.as(TestTokens.sme(id)).header("If-Match", "\"0\"")
                        .body(with(body, "description", description)).put(SMES + "/" + id).statusCode())
                .toList();
        assertThat(Concurrently.statuses(writers)).containsExactly(200, 412);
        Api.as(TestTokens.admin()).get(SMES + "/" + id).then().body("version", equalTo(1));
    }

    @Test
    void twoConcurrentRegistrationsWithOneVatNumberGiveOneCompany() {
        var body = italian("Twin " + UUID.randomUUID());
        assertThat(Concurrently.statuses(2, () -> Api.as(TestTokens.admin()).body(body).post(SMES).statusCode()))
                .containsExactly(201, 422);
    }

    @Test
    void unknownAndMalformedIdsAre404And400() {
        Api.as(TestTokens.admin()).get(SMES + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.as(TestTokens.admin()).get(SMES + "/not-a-uuid").then().statusCode(400);
        Api.anonymous().get(SMES + "/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void bodiesThatAreNotJsonAreRefused() {
        Api.as(TestTokens.admin()).contentType("text/plain").body("hello").post(SMES).then().statusCode(415);
        Api.as(TestTokens.admin()).body("{\"legalName\":").post(SMES).then().statusCode(400);
        Api.as(TestTokens.admin()).body(Map.of("legalName", "x".repeat(300_000))).post(SMES).then().statusCode(413);
    }
}
