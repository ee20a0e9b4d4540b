package eu.mobilisesme.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Grant rate tables made through the API, for tests that need a new version. The database is shared by every test of
 * a run, and a table changes which rates apply from its validFrom on, for all of them; a new table must also start
 * after the latest one. So tests add tables only after {@link #FAR_FUTURE} (never the rates of the years the tests'
 * stays fall in), each a week after the latest whatever the tests before made, and quote with an explicit
 * {@code rateTableOn} wherever the table matters.
 */
public final class GrantRateTables {

    public static final String TABLES = "/api/v1/grant-rate-tables";
    public static final String SIMULATIONS = "/api/v1/grant-simulations";
    /** No test's stay or table comes near it; tables made by tests start later. */
    public static final LocalDate FAR_FUTURE = LocalDate.parse("2090-01-01");

    private GrantRateTables() {
    }

    /** A table as added: its version and first day. */
    public record Added(int version, LocalDate validFrom) {
    }

    /** The latest version, with its rates, as the API shows it. */
    public static JsonPath latest() {
        int version = Api.as(TestTokens.admin()).get(TABLES).then().statusCode(200).extract().path("[0].version");
        return Api.as(TestTokens.admin()).get(TABLES + "/" + version).then().statusCode(200).extract().jsonPath();
    }

    /** A day a new table may start on: a week after the latest one's start, and after {@link #FAR_FUTURE}. */
    public static LocalDate nextStart() {
        LocalDate afterLatest = LocalDate.parse(latest().getString("validFrom")).plusWeeks(1);
        return afterLatest.isAfter(FAR_FUTURE) ? afterLatest : FAR_FUTURE;
    }

    /** The rates of the latest table as a request lists them, with {@code changed} (country to amount) applied. */
    public static List<Map<String, Object>> latestRates(Map<String, String> changed) {
        List<Map<String, Object>> rates = new ArrayList<>();
        for (Map<String, Object> rate : latest().<Map<String, Object>>getList("rates")) {
            String country = (String) rate.get("country");
            @SuppressWarnings("unchecked")
            String amount = ((Map<String, String>) rate.get("monthlyRate")).get("amount");
            rates.add(new HashMap<>(Map.of("country", country, "monthlyRate", changed.getOrDefault(country, amount),
                    "source", rate.get("source"))));
        }
        return rates;
    }

    public static Map<String, Object> body(LocalDate validFrom, String disabilityMonthlyRate,
            List<Map<String, Object>> rates) {
        return Map.of("validFrom", validFrom.toString(), "disabilityMonthlyRate", disabilityMonthlyRate,
                "source", "Test rates " + validFrom, "rates", rates);
    }

    /** Adds the next table, after the latest and after {@link #FAR_FUTURE}: the latest rates with {@code changed}. */
    public static Added add(String disabilityMonthlyRate, Map<String, String> changed) {
        LocalDate validFrom = nextStart();
        int version = Api.as(TestTokens.admin()).body(body(validFrom, disabilityMonthlyRate, latestRates(changed)))
                .post(TABLES).then().statusCode(201).extract().path("version");
        return new Added(version, validFrom);
    }
}
