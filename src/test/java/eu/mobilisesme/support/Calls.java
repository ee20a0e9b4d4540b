package eu.mobilisesme.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.mobilisesme.common.domain.ProgrammeCalendar;

/** Calls created through the API, for tests that need one. */
public final class Calls {

    private Calls() {
    }

    /**
     * A call open from yesterday for a year, in which {@code eligibleCountries} may take part: the packaged jar runs on
     * the machine's clock, which may be past the seeded call, and the newest call open today is the one in force.
     * Returns its id.
     */
    public static UUID openCoveringToday(String... eligibleCountries) {
        LocalDate today = LocalDate.now(ProgrammeCalendar.ZONE);
        String id = Api.as(TestTokens.admin()).body(Map.of("code", "IT-" + Smes.digits(8), "title", "Packaged test call",
                "opensOn", today.minusDays(1).toString(), "closesOn", today.plusYears(1).toString(),
                "targets", Map.of("registeredSmes", 100, "participantsSent", 80),
                "policy", Map.of("eligibleCountries", List.of(eligibleCountries)))).post("/api/v1/calls")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
