package eu.mobilisesme.grant.api;

import static eu.mobilisesme.support.GrantRateTables.SIMULATIONS;
import static eu.mobilisesme.support.GrantRateTables.TABLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.GrantRateTables;
import eu.mobilisesme.support.TestClock;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The versions of the grant rates. Tables added here start after 2090, each after the latest whatever the tests before
 * made (see {@link GrantRateTables}), so they never change the rates of the stays other tests quote.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class GrantRateTableResourceTest {

    private static Map<String, Object> quote(String country, String startsOn, String endsOn, LocalDate on) {
        return Map.of("hostCountry", country, "stay", List.of(Map.of("startsOn", startsOn, "endsOn", endsOn)),
                "rateTableOn", on.toString());
    }

    @Test
    void theInitialTableHasTheProgrammesRatesInCountryOrder() {
        Api.as(TestTokens.sme(UUID.randomUUID())).get(TABLES + "/1").then().statusCode(200)
                .body("version", equalTo(1))
                .body("validFrom", equalTo("2020-01-01"))
                .body("disabilityMonthlyRate.amount", equalTo("1100.00"))
                .body("disabilityMonthlyRate.currency", equalTo("EUR"))
                .body("source", containsString("MobiliseSME 2020-2022"))
                .body("rates.size()", equalTo(34))
                .body("rates[0].country", equalTo("AL"))
                .body("rates[0].monthlyRate.amount", equalTo("530.00"))
                .body("rates.find { it.country == 'IT' }.monthlyRate.amount", equalTo("900.00"))
                .body("rates.find { it.country == 'NO' }.source", equalTo("eye"));
        List<String> countries = Api.as(TestTokens.admin()).get(TABLES + "/1").then().extract().path("rates.country");
        assertThat(countries).isSorted();
    }

    @Test
    void theVersionsAreListedLatestFirst() {
        GrantRateTables.add("1100.00", Map.of());
        List<Map<String, Object>> versions = Api.as(TestTokens.facilitator(UUID.randomUUID())).get(TABLES).then()
                .statusCode(200).extract().path("");
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2).hasSizeLessThanOrEqualTo(100);
        assertThat(versions).extracting(version -> (String) version.get("validFrom"))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(versions.get(versions.size() - 1)).containsEntry("version", 1)
                .containsEntry("validFrom", "2020-01-01")
                .containsEntry("disabilityMonthlyRate", Map.of("amount", "1100.00", "currency", "EUR"));
    }

    @Test
    void anAdministratorAddsAVersionThatAppliesFromItsFirstDayOnly() {
        LocalDate validFrom = GrantRateTables.nextStart();
        List<Map<String, Object>> previousRates = GrantRateTables.latestRates(Map.of());
        String previousItaly = previousRates.stream().filter(rate -> rate.get("country").equals("IT"))
                .map(rate -> (String) rate.get("monthlyRate")).findFirst().orElseThrow();
        // A host country the latest table has no rate for (tables only ever gain countries).
        String newcomer = Stream.of(Locale.getISOCountries()).sorted()
                .filter(country -> previousRates.stream().noneMatch(rate -> rate.get("country").equals(country)))
                .findFirst().orElseThrow();
        List<Map<String, Object>> rates = GrantRateTables.latestRates(Map.of("IT", "950", "AL", "560.5"));
        rates.add(Map.of("country", newcomer, "monthlyRate", "600.00"));
        Response created = Api.as(TestTokens.admin())
                .body(GrantRateTables.body(validFrom, "1150.00", rates)).post(TABLES);
        created.then().statusCode(201)
                .body("validFrom", equalTo(validFrom.toString()))
                .body("disabilityMonthlyRate.amount", equalTo("1150.00"))
                .body("rates.find { it.country == 'IT' }.monthlyRate.amount", equalTo("950.00"))
                .body("rates.find { it.country == 'AL' }.monthlyRate.amount", equalTo("560.50"))
                .body("rates.find { it.country == '" + newcomer + "' }.source", equalTo("table"))
                .body("createdAt", equalTo("2027-01-11T08:00:00Z"));
        int version = created.path("version");
        assertThat(created.header("Location")).endsWith(TABLES + "/" + version);
        Api.as(TestTokens.sme(UUID.randomUUID())).get(TABLES + "/" + version).then().statusCode(200)
                .body("version", equalTo(version))
                .body("rates.country", hasItem(newcomer));

        // The day before, the previous version applies; from its first day on, the new one.
        String startsOn = validFrom.plusMonths(1).toString();
        String endsOn = validFrom.plusMonths(2).toString();
        Api.as(TestTokens.admin()).body(quote("IT", startsOn, endsOn, validFrom.minusDays(1))).post(SIMULATIONS)
                .then().statusCode(200)
                .body("breakdown.rateTableVersion", equalTo(version - 1))
                .body("breakdown.monthlyRate.amount", equalTo(previousItaly));
        Api.as(TestTokens.admin()).body(quote("IT", startsOn, endsOn, validFrom)).post(SIMULATIONS)
                .then().statusCode(200)
                .body("breakdown.rateTableVersion", equalTo(version))
                .body("breakdown.rateTableValidFrom", equalTo(validFrom.toString()))
                .body("breakdown.monthlyRate.amount", equalTo("950.00"))
                .body("amount.amount", equalTo("981.67"));
        Api.as(TestTokens.admin()).body(quote(newcomer, startsOn, endsOn, validFrom.minusDays(1)))
                .post(SIMULATIONS).then().statusCode(422).body("code", equalTo("NO_GRANT_RATE"));
        Api.as(TestTokens.admin()).body(quote(newcomer, startsOn, endsOn, validFrom)).post(SIMULATIONS)
                .then().statusCode(200).body("breakdown.monthlyRate.amount", equalTo("600.00"));
        // Tables of the years the stays of the other tests fall in are as they were.
        Api.as(TestTokens.admin()).body(quote("IT", "2027-03-01", "2027-04-01", TestClock.today()))
                .post(SIMULATIONS).then().statusCode(200).body("breakdown.rateTableVersion", equalTo(1));
    }

    @Test
    void aSecondVersionOnTheSameDayIs409() {
        GrantRateTables.Added latest = GrantRateTables.add("1100.00", Map.of());
        Api.as(TestTokens.admin())
                .body(GrantRateTables.body(latest.validFrom(), "1100.00", GrantRateTables.latestRates(Map.of())))
                .post(TABLES).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_RATE_TABLE"));
        Api.as(TestTokens.admin()).get(TABLES).then().body("[0].version", equalTo(latest.version()));
    }

    @Test
    void administratorsAddingTheSameVersionAtOnceMakeOneOfIt() {
        // A few rounds, so that the others meet the first one at different points of their way: all get 409.
        for (int round = 0; round < 5; round++) {
            LocalDate validFrom = GrantRateTables.nextStart();
            Map<String, Object> body = GrantRateTables.body(validFrom, "1100.00",
                    GrantRateTables.latestRates(Map.of()));
            assertThat(Concurrently.statuses(4, () -> Api.as(TestTokens.admin()).body(body).post(TABLES)
                    .statusCode())).containsExactly(201, 409, 409, 409);
            List<String> starts = Api.as(TestTokens.admin()).get(TABLES).then().extract().path("validFrom");
            assertThat(starts).containsOnlyOnce(validFrom.toString()).first().isEqualTo(validFrom.toString());
        }
    }

    @Test
    void thePastIsNotRewritten() {
        GrantRateTables.Added latest = GrantRateTables.add("1100.00", Map.of());
        List<Map<String, Object>> rates = GrantRateTables.latestRates(Map.of());
        for (LocalDate validFrom : List.of(TestClock.today().minusDays(1), latest.validFrom().minusDays(1))) {
            Api.as(TestTokens.admin()).body(GrantRateTables.body(validFrom, "1100.00", rates)).post(TABLES)
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo("RATE_TABLE_START_NOT_ALLOWED"));
        }
        Api.as(TestTokens.admin()).get(TABLES).then().body("[0].version", equalTo(latest.version()));
    }

    @Test
    void noHostCountryLosesItsRate() {
        List<Map<String, Object>> rates = new ArrayList<>(GrantRateTables.latestRates(Map.of()));
        rates.removeIf(rate -> List.of("IT", "TR").contains(rate.get("country")));
        Api.as(TestTokens.admin()).body(GrantRateTables.body(GrantRateTables.nextStart(), "1100.00", rates))
                .post(TABLES).then().statusCode(422)
                .body("code", equalTo("RATE_MISSING"))
                .body("detail", containsString("no rate for IT, TR"));
    }

    @Test
    void malformedTablesAre400NamingTheField() {
        LocalDate validFrom = GrantRateTables.nextStart();
        List<Map<String, Object>> rates = GrantRateTables.latestRates(Map.of());
        String amountMessage = "must be an amount in EUR from 0.01 to 10000.00 with at most two decimals, as a "
                + "string such as \"900.00\"";
        List<Object[]> cases = new ArrayList<>();
        for (String amount : List.of("900.001", "0", "0.00", "-900.00", "10000.01", "9e2", "900,00")) {
            cases.add(new Object[] { GrantRateTables.body(validFrom, amount, rates), "disabilityMonthlyRate",
                    amountMessage });
        }
        List<Map<String, Object>> badRate = new ArrayList<>(rates);
        Map<String, Object> first = new HashMap<>(badRate.get(0));
        first.put("monthlyRate", "1.234");
        badRate.set(0, first);
        cases.add(new Object[] { GrantRateTables.body(validFrom, "1100.00", badRate), "rates[0].monthlyRate",
                amountMessage });
        List<Map<String, Object>> twice = new ArrayList<>(rates);
        twice.add(Map.of("country", "IT", "monthlyRate", "950.00"));
        cases.add(new Object[] { GrantRateTables.body(validFrom, "1100.00", twice), "rates",
                "must name each country once" });
        List<Map<String, Object>> unknown = new ArrayList<>(rates);
        unknown.add(Map.of("country", "EL", "monthlyRate", "780.00"));
        cases.add(new Object[] { GrantRateTables.body(validFrom, "1100.00", unknown), "rates[" + rates.size()
                + "].country", "must be an ISO 3166-1 alpha-2 country code such as IT" });
        Map<String, Object> withoutSource = new HashMap<>(GrantRateTables.body(validFrom, "1100.00", rates));
        withoutSource.put("source", " ");
        cases.add(new Object[] { withoutSource, "source", "must not be blank" });
        for (Object[] bad : cases) {
            Api.as(TestTokens.admin()).body(bad[0]).post(TABLES).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of(bad[1])))
                    .body("errors.message", equalTo(List.of(bad[2])));
        }
        Api.as(TestTokens.admin()).get(TABLES + "/not-a-number").then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(TestTokens.admin()).get(TABLES + "/0").then().statusCode(400)
                .body("errors.field", equalTo(List.of("version")));
        Api.as(TestTokens.admin()).get(TABLES + "/999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Grant rate table 999999 was not found."));
    }

    /**
     * Who may do what, as one table: every operation by every role. Partners see no financial data. The
     * administrator's write starts in the past, so it is refused by a rule (422) and changes nothing.
     */
    static Stream<Arguments> whoMayDoWhat() {
        Map<String, Supplier<String>> actors = Map.of(
                "SME", () -> TestTokens.sme(UUID.randomUUID()),
                "FACILITATOR", () -> TestTokens.facilitator(UUID.randomUUID()),
                "ADMIN", TestTokens::admin,
                "PARTNER", () -> TestTokens.partner("eures", "catalogue:read smes:write applications:read"));
        String table = """
                operation          SME FACILITATOR ADMIN PARTNER
                simulate           200 200         200   403
                list               200 200         200   403
                get                200 200         200   403
                create-in-the-past 403 403         422   403
                """;
        List<String> lines = table.lines().toList();
        String[] header = lines.get(0).trim().split("\\s+");
        List<Arguments> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.trim().split("\\s+");
            for (int i = 1; i < header.length; i++) {
                cells.add(Arguments.of(columns[0], header[i], actors.get(header[i]), Integer.parseInt(columns[i])));
            }
            cells.add(Arguments.of(columns[0], "ANONYMOUS", null, 401));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1} -> {3}")
    @MethodSource("whoMayDoWhat")
    void whoMayDoWhat(String operation, String actor, Supplier<String> token, int expected) {
        var request = token == null ? Api.anonymous() : Api.as(token.get());
        Response response = switch (operation) {
            case "simulate" -> request.body(quote("IT", "2027-03-01", "2027-03-31", TestClock.today()))
                    .post(SIMULATIONS);
            case "list" -> request.get(TABLES);
            case "get" -> request.get(TABLES + "/1");
            case "create-in-the-past" -> request.body(GrantRateTables.body(LocalDate.parse("2027-01-01"), "1100.00",
                    List.of(Map.of("country", "IT", "monthlyRate", "900.00")))).post(TABLES);
            default -> throw new IllegalArgumentException(operation);
        };
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json");
        }
        if (expected == 422) {
            response.then().body("code", equalTo("RATE_TABLE_START_NOT_ALLOWED"));
        }
    }
}
