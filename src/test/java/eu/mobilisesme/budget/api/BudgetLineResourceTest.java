package eu.mobilisesme.budget.api;

import static eu.mobilisesme.support.Budgets.CALL;
import static eu.mobilisesme.support.Budgets.LINES;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Budgets;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Budget lines through HTTP: each declared status of their endpoints, provoked. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class BudgetLineResourceTest {

    @Test
    void anAdministratorOpensALineThatFacilitatorsRead() {
        Map<String, Object> body = forumAic();
        String id = Api.as(TestTokens.admin()).body(body).post(LINES).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/budget-lines/"))
                .body("amount.amount", equalTo("250000.00"))
                .body("amount.currency", equalTo("EUR"))
                .body("committed.amount", equalTo("0.00"))
                .body("paid.amount", equalTo("0.00"))
                .body("available.amount", equalTo("250000.00"))
                .body("eligibleCountries", equalTo(List.of("AL", "BA", "GR", "HR", "IT", "ME", "MK", "RS", "SI", "SM")))
                .extract().path("id");
        Api.as(TestTokens.facilitator(UUID.randomUUID())).get(LINES + "/" + id).then().statusCode(200)
                .body("code", equalTo(body.get("code")));
        List<String> codes = Api.as(TestTokens.admin()).queryParam("limit", 100).get(LINES).then().statusCode(200)
                .extract().path("items.code");
        assertThat(codes).isSorted().isNotEmpty();
    }

    @Test
    void companiesAndPartnersSeeNoBudget() {
        UUID line = Budgets.line("1000.00", List.of());
        Api.as(TestTokens.sme(UUID.randomUUID())).get(LINES + "/" + line).then().statusCode(403);
        Api.as(TestTokens.partner("eures", "smes:read")).get(LINES).then().statusCode(403);
        Api.as(TestTokens.facilitator(UUID.randomUUID())).body(forumAic()).post(LINES).then().statusCode(403);
        Api.anonymous().get(LINES + "/" + line).then().statusCode(401);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        Map<String, Object> body = forumAic();
        body.put("amount", "12.345");
        Api.as(TestTokens.admin()).body(body).post(LINES).then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        body.put("amount", "1000000000.01");
        Api.as(TestTokens.admin()).body(body).post(LINES).then().statusCode(400);
        Api.as(TestTokens.admin()).get(LINES + "/not-a-uuid").then().statusCode(400);
        Api.as(TestTokens.admin()).get(LINES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aCodeIsTakenOnceAndTheCallMustExist() {
        Map<String, Object> body = forumAic();
        Api.as(TestTokens.admin()).body(body).post(LINES).then().statusCode(201);
        Api.as(TestTokens.admin()).body(body).post(LINES).then().statusCode(409)
                .body("code", equalTo("DUPLICATE_BUDGET_LINE"));
        body.put("code", code());
        body.put("callId", UUID.randomUUID());
        Api.as(TestTokens.admin()).body(body).post(LINES).then().statusCode(422).body("code", equalTo("UNKNOWN_CALL"));
    }

    @Test
    void anAmendmentNeedsTheCurrentVersionAndKeepsTheLinesIdentity() {
        Map<String, Object> body = forumAic();
        String id = Api.as(TestTokens.admin()).body(body).post(LINES).then().statusCode(201).extract().path("id");
        body.put("amount", "300000.00");
        Api.as(TestTokens.admin()).body(body).put(LINES + "/" + id).then().statusCode(428);
        Api.as(TestTokens.admin()).header("If-Match", "\"7\"").body(body).put(LINES + "/" + id).then().statusCode(412);
        Api.as(TestTokens.admin()).header("If-Match", "\"0\"").body(body).put(LINES + "/" + id).then().statusCode(200)
                .header("ETag", not(equalTo("\"0\""))).body("available.amount", equalTo("300000.00"));
        body.put("code", code());
        Api.as(TestTokens.admin()).header("If-Match", "*").body(body).put(LINES + "/" + id).then().statusCode(422)
                .body("code", equalTo("BUDGET_LINE_IDENTITY_FIXED"));
    }

    /** Forum AIC's line: sending companies of Italy and the Adriatic-Ionian countries (DOMAIN rule 10). */
    private static Map<String, Object> forumAic() {
        Map<String, Object> body = new HashMap<>();
        body.put("callId", CALL);
        body.put("code", code());
        body.put("name", "Forum AIC mobility fund");
        body.put("funder", "Forum AIC");
        body.put("amount", "250000.00");
        body.put("priority", 1000);
        body.put("eligibleCountries", List.of("IT", "AL", "BA", "HR", "GR", "ME", "MK", "RS", "SI", "SM", "IT"));
        return body;
    }

    private static String code() {
        return "AIC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
