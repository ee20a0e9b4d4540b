package eu.mobilisesme.call.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.call.api.CallRequest.Reporting;
import eu.mobilisesme.call.api.CallRequest.Targets;
import eu.mobilisesme.call.domain.ProgrammeCall;
import eu.mobilisesme.call.service.CallService.CallWithPolicy;

@Schema(name = "Call", description = "A call, its targets and the version of its rules in force on the day asked "
        + "about.")
public record CallResponse(UUID id, String code, String title, LocalDate opensOn, LocalDate closesOn,
        Targets targets, Reporting reporting,
        @Schema(description = "Absent before the first version starts.") PolicyResponse policy, long version,
        Instant createdAt, Instant updatedAt) {

    static CallResponse from(CallWithPolicy view) {
        ProgrammeCall call = view.call();
        return new CallResponse(call.getId(), call.getCode(), call.getTitle(), call.getOpensOn(), call.getClosesOn(),
                new Targets(call.targets().registeredSmes(), call.targets().participantsSent()),
                new Reporting(call.reporting().byGender(), call.reporting().byDisability(),
                        call.reporting().minimumGroupSize()),
                view.policy() == null ? null : PolicyResponse.from(view.policy()), call.getVersion(),
                call.getCreatedAt(), call.getUpdatedAt());
    }
}
