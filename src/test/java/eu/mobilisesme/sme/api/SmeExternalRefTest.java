package eu.mobilisesme.sme.api;

import static eu.mobilisesme.support.Smes.IMPORTS;
import static eu.mobilisesme.support.Smes.SMES;
import static eu.mobilisesme.support.Smes.italian;
import static eu.mobilisesme.support.Smes.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Partner portals import companies under their own ids. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class SmeExternalRefTest {

    private static final String BY_REF = IMPORTS + "/";

    private final String eures = TestTokens.partner("eures-portal", "catalogue:read smes:write");

    @Test
    void theFirstPutCreatesARepeatChangesNothingAndAChangeNeedsIfMatch() {
        String ref = "EURES-" + UUID.randomUUID();
        Map<String, Object> body = italian("Imported " + ref);
        // An If-Match names a version; a reference that has none yet cannot match it.
        Api.as(eures).header("If-Match", "\"0\"").body(body).put(BY_REF + ref).then().statusCode(412);
        var created = Api.as(eures).body(body).put(BY_REF + ref)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("externalRef", equalTo(ref))
                .body("status", equalTo("PENDING_VERIFICATION"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(SMES + "/" + id);

        Api.as(eures).body(with(body, "annualTurnover", "1850000")).put(BY_REF + ref)
                .then().statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id));

        Map<String, Object> changed = with(body, "description", "New text");
        Api.as(eures).body(changed).put(BY_REF + ref).then().statusCode(428);
        Api.as(eures).header("If-Match", "\"7\"").body(changed).put(BY_REF + ref).then().statusCode(412);
        Api.as(eures).header("If-Match", "\"0\"").body(changed).put(BY_REF + ref)
                .then().statusCode(200).header("ETag", "\"1\"").body("description", equalTo("New text"));

        Api.as(eures).get(BY_REF + ref).then().statusCode(200).body("id", equalTo(id)).body("view", equalTo("FULL"));
        Api.as(eures).get(SMES + "/" + id).then().statusCode(200).body("view", equalTo("FULL"));
    }

    @Test
    void twoConcurrentFirstImportsOfOneReferenceCreateOneCompany() {
        String ref = "race-" + UUID.randomUUID();
        Map<String, Object> body = italian("Raced " + ref);
        List<Integer> statuses = Concurrently.statuses(2, () -> Api.as(eures).body(body).put(BY_REF + ref).statusCode());
        // Writers of one reference queue up: the first creates the company, the second repeats it.
        assertThat(statuses).containsExactly(200, 201);
    }

    @Test
    void referencesBelongToOnePartnerClient() {
        String ref = "shared-ref-" + UUID.randomUUID();
        Api.as(eures).body(italian("Ours " + ref)).put(BY_REF + ref).then().statusCode(201);
        String eye = TestTokens.partner("eye-portal", "catalogue:read smes:write");
        Api.as(eye).get(BY_REF + ref).then().statusCode(404);
        String theirs = Api.as(eye).body(italian("Theirs " + ref)).put(BY_REF + ref)
                .then().statusCode(201).extract().path("id");
        Api.as(eures).get(SMES + "/" + theirs).then().statusCode(404);
    }

    @Test
    void importingNeedsTheWriteScopeAndAValidReference() {
        String reader = TestTokens.partner("reader-portal", "catalogue:read");
        Api.as(reader).body(italian("No scope")).put(BY_REF + "ref-1").then().statusCode(403);
        Api.as(reader).get(BY_REF + "ref-1").then().statusCode(403);
        Api.as(eures).body(italian("Bad ref")).put(BY_REF + "has space").then().statusCode(400);
        Api.as(eures).get(BY_REF + "x".repeat(101)).then().statusCode(400);
        Api.as(eures).body(with(italian("Chooses"), "facilitatorId", UUID.randomUUID())).put(BY_REF + "ref-2")
                .then().statusCode(400).body("errors[0].field", equalTo("facilitatorId"));
        Api.as(TestTokens.admin()).body(italian("Admin")).put(BY_REF + "ref-3").then().statusCode(403);
        Api.as(eures).get(BY_REF + "never-imported").then().statusCode(404);
    }

    @Test
    void anImportedCompanyIsNotPublicUntilVerified() {
        String ref = "pending-" + UUID.randomUUID();
        String id = Api.as(eures).body(italian("Hidden " + ref)).put(BY_REF + ref)
                .then().statusCode(201).extract().path("id");
        Api.as(TestTokens.partner("eye-portal", "catalogue:read")).get(SMES + "/" + id).then().statusCode(404);
    }
}
