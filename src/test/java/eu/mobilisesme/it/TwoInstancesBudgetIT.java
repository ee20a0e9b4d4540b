package eu.mobilisesme.it;

import static eu.mobilisesme.support.Budgets.LINES;
import static eu.mobilisesme.support.Mobility.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Budgets;
import eu.mobilisesme.support.Calls;
import eu.mobilisesme.support.Concurrently;
import eu.mobilisesme.support.Mobility;
import eu.mobilisesme.support.SecondInstanceResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Two instances of the packaged service against one database, approving at once against one budget line: the line
 * is never committed beyond its amount, because the database decides, not either service's memory.
 */
@QuarkusIntegrationTest
@WithTestResource(SecondInstanceResource.class)
class TwoInstancesBudgetIT {

    private static final int APPROVALS = 40;
    /** Room for 10 grants of one month in Austria, EUR 900.00 each. */
    private static final String ROOM_FOR_TEN = "9000.00";

    @Test
    void approvalsOnTwoInstancesCommitNoMoreThanTheLineHolds() {
        // The packaged instances run on the machine's clock: a call open today, and a stay two months ahead.
        UUID call = Calls.openCoveringToday("IT", "AT");
        Mobility cast = new Mobility();
        String signed = cast.matched(cast.participant(), LocalDate.now(ProgrammeCalendar.ZONE).plusMonths(2));
        cast.signAll(signed, 1);
        List<String> applications = Mobility.copies(signed, APPROVALS - 1);
        applications.add(signed);
        UUID line = Budgets.line(call, ROOM_FOR_TEN, List.of("IT"));
        String facilitator = cast.sendingFacilitatorToken();
        int secondPort = Integer.getInteger(SecondInstanceResource.PORT_PROPERTY);

        List<IntSupplier> approvals = new ArrayList<>();
        for (int i = 0; i < applications.size(); i++) {
            String id = applications.get(i);
            boolean onSecond = i % 2 == 1;
            approvals.add(() -> {
                var request = Api.as(facilitator).body(Map.of("budgetLineId", line));
                return (onSecond ? request.port(secondPort) : request).post(APPLICATIONS + "/" + id + "/approve")
                        .statusCode();
            });
        }
        Map<Integer, Long> counts = Concurrently.statuses(approvals).stream()
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()));

        assertThat(counts).containsOnly(Map.entry(200, 10L), Map.entry(422, 30L));
        Api.as(TestTokens.admin()).port(secondPort).get(LINES + "/" + line).then().statusCode(200)
                .body("committed.amount", equalTo(ROOM_FOR_TEN))
                .body("available.amount", equalTo("0.00"));
        Api.as(TestTokens.admin()).get(LINES + "/reconciliation").then().statusCode(200)
                .body("lines.find { it.budgetLineId == '" + line + "' }.balanced", equalTo(true));
    }
}
