package eu.mobilisesme.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.kpi.service.KpiRefresher;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Facilitators;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * The KPIs of a data set whose figures are known ({@link KpiDataSet}), read after a refresh, as the facilitator whose
 * companies send, as an administrator, and as CSV.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class KpiFiguresTest {

    static final String KPIS = "/api/v1/programme/kpis";

    private static KpiDataSet data;

    @Inject
    KpiRefresher refresher;

    /** The data set, written once for the class and counted before the first read. */
    private synchronized KpiDataSet data() throws Exception {
        if (data == null) {
            data = new KpiDataSet();
            refresh();
        }
        return data;
    }

    private void refresh() throws Exception {
        refresher.refreshNow().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private ValidatableResponse kpisOfTheSendingFacilitator() throws Exception {
        return Api.as(TestTokens.facilitator(data().sendingFacilitator)).queryParam("callId", data().callId.toString())
                .get(KPIS).then().statusCode(200);
    }

    @Test
    void progressAgainstTheCallsTargetsAndTheForecastAtTheLastFourWeeksRate() throws Exception {
        kpisOfTheSendingFacilitator()
                .body("call.id", equalTo(data().callId.toString()))
                .body("facilitatorId", equalTo(data().sendingFacilitator.toString()))
                .body("asOf", equalTo("2027-01-11"))
                // 4 verified, 2 pending and 1 on hold; the rejected, the large and the early one are not counted.
                .body("registrations.verified", equalTo(4)).body("registrations.pendingVerification", equalTo(2))
                .body("registrations.onHold", equalTo(1)).body("registrations.rejected", equalTo(1))
                .body("registeredSmes.target", equalTo(9)).body("registeredSmes.count", equalTo(7))
                .body("registeredSmes.percentOfTarget", equalTo(77.8f))
                .body("registeredSmes.lastFourWeeks", equalTo(2))
                // 2 to go at 2 in 28 days: 28 days.
                .body("registeredSmes.forecast.outlook", equalTo("ON_TRACK"))
                .body("registeredSmes.forecast.weeklyRate", equalTo(0.5f))
                .body("registeredSmes.forecast.expectedOn", equalTo("2027-02-08"))
                .body("participantsSent.target", equalTo(8)).body("participantsSent.count", equalTo(7))
                .body("participantsSent.percentOfTarget", equalTo(87.5f))
                .body("participantsSent.lastFourWeeks", equalTo(2))
                // 1 to go at 2 in 28 days: 14 days.
                .body("participantsSent.forecast.outlook", equalTo("ON_TRACK"))
                .body("participantsSent.forecast.expectedOn", equalTo("2027-01-25"))
                .body("overdueReviews.registrations", equalTo(1)).body("overdueReviews.applications", equalTo(1))
                .body("budgetLines.code", equalTo(List.of(data().budgetLineCode)))
                .body("budgetLines[0].amount.amount", equalTo("100000.00"))
                .body("budgetLines[0].committed.amount", equalTo("3000.00"))
                .body("budgetLines[0].paid.amount", equalTo("2000.00"))
                .body("budgetLines[0].available.amount", equalTo("95000.00"));
    }

    @Test
    void theSeededCallsTargetsAreFarOffForTheseCompanies() throws Exception {
        Api.as(TestTokens.facilitator(data().sendingFacilitator)).get(KPIS).then().statusCode(200)
                .body("call.code", equalTo("MOBILISESME-2026"))
                .body("registeredSmes.target", equalTo(715)).body("registeredSmes.count", equalTo(7))
                .body("registeredSmes.forecast.outlook", equalTo("NOT_BEFORE_CALL_ENDS"))
                .body("registeredSmes.forecast.expectedOn", nullValue())
                .body("participantsSent.target", equalTo(520)).body("participantsSent.count", equalTo(0))
                .body("participantsSent.forecast.outlook", equalTo("NOT_BEFORE_CALL_ENDS"))
                .body("participantsSent.forecast.weeklyRate", equalTo(0.0f));
    }

    @Test
    void theFunnelCountsEachStatusAndTheMedianDaysOfTheStaysThatEnded() throws Exception {
        JsonPath funnel = kpisOfTheSendingFacilitator().extract().jsonPath();
        assertThat(funnel.getList("funnel.status", String.class)).startsWith("DRAFT", "SUBMITTED", "UNDER_REVIEW")
                .endsWith("WITHDRAWN", "CANCELLED").hasSize(15);
        // Application n spends n days in each status: the medians are those of the n that left each one.
        assertStage(funnel, "DRAFT", 1, 13, 6.5f, 12);
        assertStage(funnel, "SUBMITTED", 1, 11, 5.5f, 10);
        assertStage(funnel, "UNDER_REVIEW", 1, 10, 5.0f, 9);
        // A step that keeps the status (a revision while matched) does not split the stay in it.
        assertStage(funnel, "MATCHED", 0, 8, 4.5f, 8);
        assertStage(funnel, "APPROVED", 3, 8, 3.0f, 5);
        assertStage(funnel, "CLOSED", 1, 1, null, 0);
        assertStage(funnel, "ON_HOLD", 0, 0, null, 0);
        assertStage(funnel, "CANCELLED", 1, 1, null, 0);
    }

    private static void assertStage(JsonPath kpis, String status, int current, int reached, Float medianDays,
            int staysMeasured) {
        Map<String, Object> stage = kpis.getMap("funnel.find { it.status == '" + status + "' }");
        assertThat(stage).containsEntry("current", current).containsEntry("reached", reached)
                .containsEntry("medianDays", medianDays).containsEntry("staysMeasured", staysMeasured);
    }

    @Test
    void smallGroupsOfPeopleAreSuppressedAndSoIsTheCountThatWouldGiveOneAway() throws Exception {
        JsonPath kpis = kpisOfTheSendingFacilitator().body("minimumGroupSize", equalTo(5)).extract().jsonPath();
        // Five women are shown; the one man and the one who declared nothing are not; no one is "other".
        assertGroups(kpis, "GENDER", Map.of("FEMALE", 5, "OTHER", 0), List.of("MALE", "NOT_DECLARED"));
        // The one owner is hidden, and so are the managers (none), or six employees of seven would give it away.
        assertGroups(kpis, "PARTICIPANT_ROLE", Map.of("EMPLOYEE", 6), List.of("MANAGER", "OWNER"));
        assertGroups(kpis, "DISABILITY", Map.of(), List.of("YES", "NO"));
        assertGroups(kpis, "NACE_SECTION", Map.of("G", 0), List.of("C", "J"));
        assertGroups(kpis, "COUNTRY", Map.of("IT", 7), List.of());
        assertThat(kpis.getList("breakdowns.find { it.dimension == 'NACE_SECTION' }.groups.registeredSmes",
                Integer.class)).containsExactly(3, 2, 2);
        Map<String, Object> facilitator = kpis.getMap("breakdowns.find { it.dimension == 'FACILITATOR' }.groups[0]");
        assertThat(facilitator).containsEntry("key", data().sendingFacilitator.toString())
                .containsEntry("label", data().sendingFacilitatorName).containsEntry("registeredSmes", 7)
                .containsEntry("participantsSent", 7);
        assertThat(kpis.getList("breakdowns.find { it.dimension == 'GENDER' }.groups.registeredSmes"))
                .containsOnlyNulls();
    }

    private static void assertGroups(JsonPath kpis, String dimension, Map<String, Integer> shown,
            List<String> suppressed) {
        String groups = "breakdowns.find { it.dimension == '" + dimension + "' }.groups";
        shown.forEach((key, count) -> assertThat(kpis.getMap(groups + ".find { it.key == '" + key + "' }"))
                .containsEntry("participantsSent", count).containsEntry("participantsSuppressed", false));
        suppressed.forEach(key -> assertThat(kpis.getMap(groups + ".find { it.key == '" + key + "' }"))
                .containsEntry("participantsSent", null).containsEntry("participantsSuppressed", true));
        assertThat(kpis.getList(groups)).hasSize(shown.size() + suppressed.size());
    }

    @Test
    void anAdministratorSeesTheSameForOneFacilitatorAndTheWholeCallForTheProgramme() throws Exception {
        Map<String, Object> asFacilitator = kpisOfTheSendingFacilitator().extract().jsonPath().getMap("");
        Map<String, Object> asAdministrator = Api.as(TestTokens.admin())
                .queryParam("callId", data().callId.toString())
                .queryParam("facilitatorId", data().sendingFacilitator.toString())
                .get(KPIS).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(asAdministrator).isEqualTo(asFacilitator);

        // The host's facilitator sees the applications its company hosts, and its own company only.
        Api.as(TestTokens.facilitator(data().hostFacilitator)).queryParam("callId", data().callId.toString())
                .get(KPIS).then().statusCode(200)
                .body("participantsSent.count", equalTo(7)).body("registeredSmes.count", equalTo(1))
                .body("overdueReviews.applications", equalTo(0));

        // The call has no other applications than the data set's; the programme counts them all.
        Api.as(TestTokens.admin()).queryParam("callId", data().callId.toString()).get(KPIS).then().statusCode(200)
                .body("facilitatorId", nullValue())
                .body("participantsSent.count", equalTo(7))
                .body("funnel.find { it.status == 'DRAFT' }.reached", equalTo(13));
    }

    @Test
    void theBreakdownsExportAsCsv() throws Exception {
        String csv = Api.as(TestTokens.facilitator(data().sendingFacilitator)).accept("text/csv")
                .queryParam("callId", data().callId.toString()).get(KPIS).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", equalTo("attachment; filename=\"kpis-" + callCode()
                        + "-facilitator-" + data().sendingFacilitator + ".csv\""))
                .extract().asString();
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertThat(lines.get(0))
                .isEqualTo("dimension,key,label,registered_smes,participants_sent,participants_suppressed");
        assertThat(lines).contains("COUNTRY,IT,IT,7,7,false", "GENDER,FEMALE,FEMALE,,5,false",
                "GENDER,MALE,MALE,,,true", "NACE_SECTION,C,C,3,,true",
                // RFC 4180: quoted because of the comma, quotes doubled, UTF-8 as it is.
                "FACILITATOR," + data().sendingFacilitator + ",\""
                        + data().sendingFacilitatorName.replace("\"", "\"\"") + "\",7,7,false");
        assertThat(lines.get(lines.size() - 1)).isEmpty();
        assertThat(csv).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    private String callCode() throws Exception {
        return Api.as(TestTokens.admin()).get("/api/v1/calls/" + data().callId).then().extract().path("code");
    }

    @Test
    void aRegistrationThroughTheApiCountsAtTheNextRefresh() throws Exception {
        UUID callId = data().callId;
        UUID facilitator = Facilitators.create("IT", "IT");
        refresh();
        Api.as(TestTokens.facilitator(facilitator)).queryParam("callId", callId.toString()).get(KPIS)
                .then().statusCode(200).body("registeredSmes.count", equalTo(0))
                .body("registrations.pendingVerification", equalTo(0));

        Smes.register(Smes.italian("Counted " + UUID.randomUUID()), facilitator);
        refresh();

        Api.as(TestTokens.facilitator(facilitator)).queryParam("callId", callId.toString()).get(KPIS)
                .then().statusCode(200).body("registeredSmes.count", equalTo(1))
                .body("registeredSmes.lastFourWeeks", equalTo(1))
                .body("registrations.pendingVerification", equalTo(1))
                .body("breakdowns.find { it.dimension == 'NACE_SECTION' }.groups.key", equalTo(List.of("C")));
    }

    @Test
    void onlyAdministratorsAndFacilitatorsForTheirOwnCompaniesReadTheKpis() throws Exception {
        String call = data().callId.toString();
        Api.as(TestTokens.facilitator(data().sendingFacilitator)).queryParam("facilitatorId",
                data().hostFacilitator.toString()).get(KPIS).then().statusCode(403);
        Api.as(TestTokens.sme(UUID.randomUUID())).get(KPIS).then().statusCode(403);
        Api.as(TestTokens.partner("kpi-reader-" + UUID.randomUUID(), "catalogue:read applications:read"))
                .get(KPIS).then().statusCode(403);
        Api.anonymous().get(KPIS).then().statusCode(401);
        Api.as(TestTokens.admin()).queryParam("facilitatorId", UUID.randomUUID().toString()).get(KPIS)
                .then().statusCode(404);
        Api.as(TestTokens.admin()).queryParam("callId", UUID.randomUUID().toString()).get(KPIS)
                .then().statusCode(404);
        Api.as(TestTokens.admin()).queryParam("callId", "not-a-call").get(KPIS).then().statusCode(400)
                .contentType("application/problem+json");
        Api.as(TestTokens.admin()).accept("application/xml").queryParam("callId", call).get(KPIS)
                .then().statusCode(406);
    }
}
