package eu.mobilisesme.call.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Calls and the versions of their rules. The calls made here open in 2030, so they never become the call in force
 * for the other tests.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class CallResourceTest {

    private static final String CALLS = "/api/v1/calls";
    private static final LocalDate OPENS = LocalDate.parse("2030-01-01");
    private static final Map<String, Object> TARGETS = Map.of("registeredSmes", 800, "participantsSent", 600);

    private static Map<String, Object> call(String code, Map<String, Object> policy) {
        return Map.of("code", code, "title", "MobiliseSME " + code, "opensOn", OPENS.toString(),
                "closesOn", OPENS.plusYears(2).toString(), "targets", TARGETS, "policy", policy);
    }

    private static String uniqueCode() {
        return "CALL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String create(Map<String, Object> policy) {
        return Api.as(TestTokens.admin()).body(call(uniqueCode(), policy)).post(CALLS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anAdministratorOpensACallWhoseRulesDefaultToTheProgrammes() {
        String code = uniqueCode();
        String id = Api.as(TestTokens.admin()).body(call(code, Map.of("eligibleCountries", List.of("IT", "PT"))))
                .post(CALLS)
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("policy.policyVersion", equalTo(1))
                .body("policy.validFrom", equalTo(OPENS.toString()))
                .body("policy.eligibleCountries", equalTo(List.of("IT", "PT")))
                .body("policy.reviewWorkingDays", equalTo(15))
                .body("policy.maxParticipantsPerSme", equalTo(2))
                .body("policy.minDurationMonths", equalTo(1))
                .body("policy.maxDurationMonths", equalTo(2))
                .body("policy.splitAllowed", equalTo(false))
                .body("policy.maxOpenProposals", equalTo(5))
                .body("targets.registeredSmes", equalTo(800)).body("targets.participantsSent", equalTo(600))
                .body("reporting.byGender", equalTo(true)).body("reporting.byDisability", equalTo(true))
                .body("reporting.minimumGroupSize", equalTo(5))
                .extract().path("id");
        Api.as(TestTokens.partner("eures", "catalogue:read")).get(CALLS).then().statusCode(200)
                .body("id", hasItem(id)).body("code", hasItem("MOBILISESME-2026"));
        Api.as(TestTokens.admin()).body(call(code, Map.of("eligibleCountries", List.of("IT")))).post(CALLS)
                .then().statusCode(409).body("code", equalTo("DUPLICATE_CALL"));
    }

    @Test
    void aNewVersionAppliesFromItsDayAndLeavesTheOldOneAsItWas() {
        String id = create(Map.of("eligibleCountries", List.of("IT", "PT")));
        Map<String, Object> rules = new HashMap<>(Map.of("eligibleCountries", List.of("IT", "PT", "ES"),
                "maxDurationMonths", 6, "splitAllowed", true));
        Api.as(TestTokens.admin()).body(Map.of("validFrom", "2030-07-01", "rules", rules))
                .post(CALLS + "/" + id + "/policies")
                .then().statusCode(201).body("policyVersion", equalTo(2)).body("maxDurationMonths", equalTo(6));

        Api.as(TestTokens.sme(UUID.randomUUID())).queryParam("on", "2030-06-30").get(CALLS + "/" + id)
                .then().statusCode(200).body("policy.policyVersion", equalTo(1))
                .body("policy.eligibleCountries", equalTo(List.of("IT", "PT")));
        Api.as(TestTokens.sme(UUID.randomUUID())).queryParam("on", "2030-07-01").get(CALLS + "/" + id)
                .then().statusCode(200).body("policy.policyVersion", equalTo(2))
                .body("policy.eligibleCountries", equalTo(List.of("ES", "IT", "PT")));
        Api.as(TestTokens.admin()).queryParam("on", "2029-12-31").get(CALLS + "/" + id)
                .then().statusCode(200).body("policy", nullValue());
        Api.as(TestTokens.facilitator(UUID.randomUUID())).get(CALLS + "/" + id + "/policies")
                .then().statusCode(200).body("policyVersion", equalTo(List.of(1, 2)));
    }

    @Test
    void thePastCannotBeRewritten() {
        String id = create(Map.of("eligibleCountries", List.of("IT")));
        Map<String, Object> rules = Map.of("eligibleCountries", List.of("IT"));
        for (String validFrom : List.of("2020-01-01", OPENS.toString(), "2032-01-02")) {
            Api.as(TestTokens.admin()).body(Map.of("validFrom", validFrom, "rules", rules))
                    .post(CALLS + "/" + id + "/policies")
                    .then().statusCode(422).body("code", equalTo("POLICY_START_NOT_ALLOWED"));
        }
        Api.as(TestTokens.admin()).get(CALLS + "/" + id + "/policies").then().body("policyVersion", equalTo(List.of(1)));
    }

    @Test
    void rulesThatContradictThemselvesAre422AndMalformedOnesAre400() {
        Api.as(TestTokens.admin()).body(call(uniqueCode(), Map.of("eligibleCountries", List.of("IT"),
                "minDurationMonths", 3, "maxDurationMonths", 2))).post(CALLS)
                .then().statusCode(422).body("code", equalTo("DURATION_RANGE_INVALID"));
        Map<String, Object> backwards = new HashMap<>(call(uniqueCode(), Map.of("eligibleCountries", List.of("IT"))));
        backwards.put("closesOn", "2029-01-01");
        Api.as(TestTokens.admin()).body(backwards).post(CALLS)
                .then().statusCode(422).body("code", equalTo("CALL_CLOSES_BEFORE_IT_OPENS"));
        Api.as(TestTokens.admin()).body(call("lower-case", Map.of("eligibleCountries", List.of("XX"),
                "maxOpenProposals", 0))).post(CALLS)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("code", "policy.eligibleCountries[0]", "policy.maxOpenProposals")));
        Map<String, Object> noTargets = new HashMap<>(call(uniqueCode(), Map.of("eligibleCountries", List.of("IT"))));
        noTargets.put("targets", Map.of("registeredSmes", 0));
        noTargets.put("reporting", Map.of("byGender", false, "byDisability", true, "minimumGroupSize", 1));
        Api.as(TestTokens.admin()).body(noTargets).post(CALLS)
                .then().statusCode(400).body("errors.field", equalTo(List.of("reporting.minimumGroupSize",
                        "targets.participantsSent", "targets.registeredSmes")));
        Api.as(TestTokens.admin()).queryParam("on", "yesterday").get(CALLS + "/" + UUID.randomUUID())
                .then().statusCode(400);
    }

    @Test
    void onlyAdministratorsRunCalls() {
        for (String token : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()),
                TestTokens.partner("eures", "catalogue:read smes:write"))) {
            Api.as(token).body(call(uniqueCode(), Map.of("eligibleCountries", List.of("IT")))).post(CALLS)
                    .then().statusCode(403);
        }
        Api.as(TestTokens.admin()).get(CALLS + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.as(TestTokens.admin()).body(Map.of("validFrom", "2030-07-01", "rules",
                Map.of("eligibleCountries", List.of("IT")))).post(CALLS + "/" + UUID.randomUUID() + "/policies")
                .then().statusCode(404);
    }
}
