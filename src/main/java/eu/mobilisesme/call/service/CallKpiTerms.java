package eu.mobilisesme.call.service;

import java.time.LocalDate;
import java.util.UUID;

import eu.mobilisesme.call.domain.ProgrammeCall;

/** A call as its KPIs judge it: its period, its targets and what it must report about people. */
public record CallKpiTerms(UUID callId, String code, String title, LocalDate opensOn, LocalDate closesOn,
        int targetRegisteredSmes, int targetParticipantsSent, boolean reportsGender, boolean reportsDisability,
        int minimumGroupSize) {

    static CallKpiTerms of(ProgrammeCall call) {
        return new CallKpiTerms(call.getId(), call.getCode(), call.getTitle(), call.getOpensOn(), call.getClosesOn(),
                call.targets().registeredSmes(), call.targets().participantsSent(), call.reporting().byGender(),
                call.reporting().byDisability(), call.reporting().minimumGroupSize());
    }
}
