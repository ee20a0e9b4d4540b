package eu.mobilisesme.payment.api;

import static eu.mobilisesme.support.Budgets.LINES;
import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Budgets;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A budget line is never committed beyond its amount, however many approvals race for it: the database decides,
 * with a conditional update on the line's row, not the service's memory.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class BudgetLineConcurrencyTest {

    private static final int APPROVALS = 200;
    /** Room for 50 grants of one month in Austria, EUR 900.00 each. */
    private static final String ROOM_FOR_FIFTY = "45000.00";

    @Test
    void twoHundredApprovalsOnALineWithRoomForFiftyCommitExactlyFifty() {
        Mobility cast = new Mobility();
        String signed = cast.matched(cast.participant(), LocalDate.parse("2027-03-01"));
        cast.signAll(signed, 1);
        List<String> applications = Mobility.copies(signed, APPROVALS - 1);
        applications.add(signed);
        UUID line = Budgets.line(ROOM_FOR_FIFTY, List.of("IT"));
        String facilitator = cast.sendingFacilitatorToken();

        List<IntSupplier> approvals = new ArrayList<>();
        Map<String, Integer> statusOf = Collections.synchronizedMap(new HashMap<>());
        for (String id : applications) {
            approvals.add(() -> {
                int status = Api.as(facilitator).body(Map.of("budgetLineId", line))
                        .post(APPLICATIONS + "/" + id + "/approve").statusCode();
                statusOf.put(id, status);
                return status;
            });
        }
        Map<Integer, Long> counts = Concurrently.statuses(approvals).stream()
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()));

        assertThat(counts).containsOnly(Map.entry(200, 50L), Map.entry(422, 150L));
        Api.as(TestTokens.admin()).get(LINES + "/" + line).then().statusCode(200)
                .body("committed.amount", equalTo(ROOM_FOR_FIFTY))
                .body("available.amount", equalTo("0.00"));
        statusOf.forEach((id, status) -> {
            if (status == 422) {
                Api.as(facilitator).get(APPLICATIONS + "/" + id).then().body("status", equalTo("AGREEMENT_SIGNED"));
                Api.as(facilitator).get("/api/v1/grants/" + id).then().statusCode(404);
            }
        });
        Api.as(facilitator).body(Map.of("budgetLineId", line))
                .post(APPLICATIONS + "/" + firstRefused(statusOf) + "/approve").then().statusCode(422)
                .body("code", equalTo("BUDGET_EXHAUSTED"));

        Api.as(TestTokens.admin()).get(LINES + "/reconciliation").then().statusCode(200)
                .body("lines.find { it.budgetLineId == '" + line + "' }.balanced", equalTo(true))
                .body("lines.find { it.budgetLineId == '" + line + "' }.ledgerCommitted.amount",
                        equalTo(ROOM_FOR_FIFTY));
    }

    @Test
    void theAmountOfALineCannotFallBelowWhatItHolds() {
        Mobility cast = new Mobility();
        String signed = cast.matched(cast.participant(), LocalDate.parse("2027-03-01"));
        cast.signAll(signed, 1);
        UUID line = Budgets.line("5000.00", List.of());
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("budgetLineId", line))
                .post(APPLICATIONS + "/" + signed + "/approve").then().statusCode(200);

        Map<String, Object> terms = Map.of("callId", Budgets.CALL, "code", code(line), "name", "Smaller",
                "funder", "Tests", "amount", "899.99", "priority", 1000, "eligibleCountries", List.of());
        Api.as(TestTokens.admin()).header("If-Match", "*").body(terms).put(LINES + "/" + line).then().statusCode(422)
                .body("code", equalTo("BUDGET_BELOW_USE"));
    }

    @Test
    void aLineThatDoesNotFundTheSendingCountryIsRefused() {
        Mobility cast = new Mobility();
        String signed = cast.matched(cast.participant(), LocalDate.parse("2027-03-01"));
        cast.signAll(signed, 1);
        UUID germanOnly = Budgets.line("5000.00", List.of("DE"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("budgetLineId", germanOnly))
                .post(APPLICATIONS + "/" + signed + "/approve").then().statusCode(422)
                .body("code", equalTo("BUDGET_LINE_NOT_ELIGIBLE"));
        Api.as(cast.sendingFacilitatorToken()).body(Map.of("budgetLineId", UUID.randomUUID()))
                .post(APPLICATIONS + "/" + signed + "/approve").then().statusCode(422)
                .body("code", equalTo("BUDGET_LINE_NOT_ELIGIBLE"));
        Api.as(cast.sendingFacilitatorToken()).get(APPLICATIONS + "/" + signed).then()
                .body("status", equalTo("AGREEMENT_SIGNED"));
    }

    private static String code(UUID line) {
        return Api.as(TestTokens.admin()).get(LINES + "/" + line).then().extract().path("code");
    }

    private static String firstRefused(Map<String, Integer> statusOf) {
        return statusOf.entrySet().stream().filter(entry -> entry.getValue() == 422).findFirst().orElseThrow()
                .getKey();
    }
}
