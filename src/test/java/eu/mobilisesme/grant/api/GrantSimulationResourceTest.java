package eu.mobilisesme.grant.api;

import static eu.mobilisesme.support.GrantRateTables.SIMULATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Simulations of the grant of a stay. They quote with the initial rate table (version 1, from 2020-01-01) by naming
 * a day of 2027 in {@code rateTableOn}: tables that other tests add start after 2090 and never apply here.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class GrantSimulationResourceTest {

    private static final String ON = "2027-01-11";

    private static Map<String, Object> part(String startsOn, String endsOn) {
        return Map.of("startsOn", startsOn, "endsOn", endsOn);
    }

    private static Map<String, Object> simulation(String country, List<Map<String, Object>> stay) {
        Map<String, Object> body = new HashMap<>();
        body.put("hostCountry", country);
        body.put("stay", stay);
        body.put("disability", false);
        body.put("rateTableOn", ON);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    private static ValidatableResponse simulate(String token, Object body) {
        return Api.as(token).body(body).post(SIMULATIONS).then();
    }

    @Test
    void aCompanyAFacilitatorAndAnAdministratorGetTheAmountAndItsBreakdown() {
        Map<String, Object> body = simulation("IT", List.of(part("2027-03-01", "2027-04-01")));
        for (String token : List.of(TestTokens.sme(UUID.randomUUID()), TestTokens.facilitator(UUID.randomUUID()),
                TestTokens.admin())) {
            simulate(token, body).statusCode(200)
                    .body("amount.amount", equalTo("930.00"))
                    .body("amount.currency", equalTo("EUR"))
                    .body("breakdown.rateTableVersion", equalTo(1))
                    .body("breakdown.rateTableValidFrom", equalTo("2020-01-01"))
                    .body("breakdown.rateBasis", equalTo("HOST_COUNTRY"))
                    .body("breakdown.hostCountry", equalTo("IT"))
                    .body("breakdown.monthlyRate.amount", equalTo("900.00"))
                    .body("breakdown.monthlyRate.currency", equalTo("EUR"))
                    .body("breakdown.months", equalTo(1))
                    .body("breakdown.days", equalTo(1))
                    .body("breakdown.explanation", equalTo(List.of(
                            "Rate table 1, valid from 2020-01-01",
                            "Monthly rate for host country IT: EUR 900.00",
                            "Stay from 2027-03-01 to 2027-04-01: 1 month and 1 day",
                            "1 month x EUR 900.00 = EUR 900.00",
                            "1 day x EUR 900.00 / 30 = EUR 30.00 (pro rata)",
                            "Total: EUR 930.00 (rounded half-up to the cent once)")));
        }
    }

    @Test
    void ratesDifferByHostCountryAndRoundOnceHalfUp() {
        // Albania: 530.00 a month; 1 month and 1 day = 530 x 31 / 30 = 547.666... -> 547.67.
        simulate(TestTokens.admin(), simulation("AL", List.of(part("2027-03-01", "2027-04-01")))).statusCode(200)
                .body("amount.amount", equalTo("547.67"))
                .body("breakdown.monthlyRate.amount", equalTo("530.00"));
        // Norway's rate comes from the Erasmus for Young Entrepreneurs table: 1100.00 a month.
        simulate(TestTokens.admin(), simulation("NO", List.of(part("2027-03-01", "2027-04-30")))).statusCode(200)
                .body("amount.amount", equalTo("2200.00"));
    }

    @Test
    void theDisabilityRateAppliesWhateverTheHostCountry() {
        Map<String, Object> body = with(simulation("AL", List.of(part("2027-03-01", "2027-04-30"))), "disability",
                true);
        simulate(TestTokens.sme(UUID.randomUUID()), body).statusCode(200)
                .body("amount.amount", equalTo("2200.00"))
                .body("breakdown.rateBasis", equalTo("DISABILITY"))
                .body("breakdown.hostCountry", equalTo("AL"))
                .body("breakdown.monthlyRate.amount", equalTo("1100.00"));
    }

    @Test
    void aSplitStaySumsItsParts() {
        simulate(TestTokens.facilitator(UUID.randomUUID()), simulation("IT",
                List.of(part("2027-06-01", "2027-06-15"), part("2027-03-01", "2027-03-31")))).statusCode(200)
                .body("amount.amount", equalTo("1350.00"))
                .body("breakdown.months", equalTo(1))
                .body("breakdown.days", equalTo(15));
    }

    @Test
    void withoutADayTheTableInForceTodayApplies() {
        Map<String, Object> withoutDay = with(simulation("IT", List.of(part("2027-03-01", "2027-04-01"))),
                "rateTableOn", null);
        withoutDay.remove("disability");
        Map<String, Object> today = with(withoutDay, "rateTableOn", TestClock.today().toString());
        Object expected = simulate(TestTokens.admin(), today).statusCode(200).extract().path("");
        Object actual = simulate(TestTokens.admin(), withoutDay).statusCode(200).extract().path("");
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aHostCountryWithoutARateOrADayBeforeTheFirstTableIs422() {
        simulate(TestTokens.admin(), simulation("CH", List.of(part("2027-03-01", "2027-03-31")))).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("NO_GRANT_RATE"))
                .body("detail", containsString("host country CH"));
        simulate(TestTokens.admin(), with(simulation("IT", List.of(part("2027-03-01", "2027-03-31"))),
                "rateTableOn", "2019-12-31")).statusCode(422)
                .body("code", equalTo("NO_GRANT_RATE_TABLE"));
    }

    @Test
    void badInputIs400NamingTheFieldAndNoClass() {
        Map<String, Object> valid = simulation("IT", List.of(part("2027-03-01", "2027-03-31")));
        List<Object[]> cases = List.of(
                new Object[] { with(valid, "hostCurrency", "EUR"), "hostCurrency", "is not a known field" },
                new Object[] { with(valid, "stay", List.of(part("2027-02-30", "2027-03-31"))), "stay[0].startsOn",
                        "has a value of the wrong type or format" },
                new Object[] { with(valid, "rateTableOn", "11/01/2027"), "rateTableOn",
                        "has a value of the wrong type or format" },
                new Object[] { with(valid, "hostCountry", null), "hostCountry", "must not be null" },
                new Object[] { with(valid, "hostCountry", "XX"), "hostCountry",
                        "must be an ISO 3166-1 alpha-2 country code such as IT" },
                new Object[] { with(valid, "stay", List.of(part("2027-03-31", "2027-03-01"))), "stay[0].endsOn",
                        "must not be before startsOn" },
                new Object[] { with(valid, "stay", List.of()), "stay", "must not be empty" },
                new Object[] { with(valid, "stay", List.of(part("2027-03-01", "2027-03-31"),
                        part("2027-03-31", "2027-04-10"))), "stay", "parts must not overlap" },
                new Object[] { with(valid, "stay", List.of(part("2027-03-01", "2029-03-01"))), "stay",
                        "must last at most 24 months in all (whole calendar months, and days at 30 a month)" },
                new Object[] { with(valid, "disability", "sometimes"), "disability",
                        "has a value of the wrong type or format" });
        for (Object[] bad : cases) {
            simulate(TestTokens.admin(), bad[0]).statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:mobilisesme:problem:validation-failed"))
                    .body("errors.field", equalTo(List.of(bad[1])))
                    .body("errors.message", equalTo(List.of(bad[2])))
                    .body(not(containsString("java")))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("jackson")));
        }
        List<Map<String, Object>> thirteenParts = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            thirteenParts.add(part("2027-%02d-01".formatted(month), "2027-%02d-02".formatted(month)));
        }
        thirteenParts.add(part("2028-01-01", "2028-01-02"));
        simulate(TestTokens.admin(), with(valid, "stay", thirteenParts)).statusCode(400)
                .body("errors.field", equalTo(List.of("stay")));
        // Exactly 24 months is still a stay a grant can be computed for.
        simulate(TestTokens.admin(), with(valid, "stay", List.of(part("2027-03-01", "2029-02-28")))).statusCode(200)
                .body("breakdown.months", equalTo(24)).body("amount.amount", equalTo("21600.00"));
        Api.as(TestTokens.admin()).body("{\"hostCountry\": ").post(SIMULATIONS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:malformed-request"));
    }

    @Test
    void partnersSeeNoFinancialDataAndEveryoneNeedsAToken() {
        Map<String, Object> body = simulation("IT", List.of(part("2027-03-01", "2027-03-31")));
        simulate(TestTokens.partner("eures", "catalogue:read smes:write applications:read"), body).statusCode(403)
                .contentType("application/problem+json");
        Api.anonymous().body(body).post(SIMULATIONS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }
}
