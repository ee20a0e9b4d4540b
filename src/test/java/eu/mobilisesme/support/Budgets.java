package eu.mobilisesme.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Budget lines for the tests. Every test applies under the call the migrations open (MOBILISESME-2026). One large
 * line of that call, tried first, funds every approval that names no line; a test that needs a line of its own
 * (a small one, to exhaust) makes one with the lowest precedence and names it when approving, so no other test's
 * approval ever lands on it.
 */
public final class Budgets {

    public static final String LINES = "/api/v1/budget-lines";
    public static final UUID CALL = UUID.fromString("ca110000-0000-4000-8000-000000002026");
    private static final UUID GENERAL_LINE = UUID.fromString("b0d9e700-0000-4000-8000-000000000001");

    private Budgets() {
    }

    /** Opens the large line of the test call, once per database. */
    public static void ensureGeneralLine() {
        Sql.update("insert into budget_line (id, call_id, code, name, funder, currency, amount, committed, paid, "
                + "priority, eligible_countries, version, created_at, created_by, updated_at, updated_by) "
                + "values (?, ?, 'TEST-GENERAL', 'Every approval of the tests', 'Tests', 'EUR', 1000000000.00, 0, 0, "
                + "1, '{}', 0, now(), 'tests', now(), 'tests') on conflict (id) do nothing", GENERAL_LINE, CALL);
    }

    /** A new line of the test call with {@code amount} (e.g. "45000.00"), tried last; returns its id. */
    public static UUID line(String amount, List<String> eligibleCountries) {
        return line(CALL, amount, eligibleCountries);
    }

    /** A new line of {@code callId} with {@code amount}, tried last; returns its id. */
    public static UUID line(UUID callId, String amount, List<String> eligibleCountries) {
        String code = "T-" + UUID.randomUUID().toString().toUpperCase();
        String id = Api.as(TestTokens.admin()).body(Map.of("callId", callId, "code", code, "name", "One test's line",
                "funder", "Tests", "amount", amount, "priority", 1000, "eligibleCountries", eligibleCountries))
                .post(LINES).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
