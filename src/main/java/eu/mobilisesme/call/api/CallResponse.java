package eu.mobilisesme.call.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.call.domain.ProgrammeCall;
import eu.mobilisesme.call.service.CallService.CallWithPolicy;

@Schema(name = "Call", description = "A call and the version of its rules in force on the day asked about.")
public record CallResponse(UUID id, String code, String title, LocalDate opensOn, LocalDate closesOn,
        @Schema(description = "Absent before the first version starts.") PolicyResponse policy, long version,
        Instant createdAt, Instant updatedAt) {

    static CallResponse from(CallWithPolicy view) {
        ProgrammeCall call = view.call();
        return new CallResponse(call.getId(), call.getCode(), call.getTitle(), call.getOpensOn(), call.getClosesOn(),
                view.policy() == null ? null : PolicyResponse.from(view.policy()), call.getVersion(),
                call.getCreatedAt(), call.getUpdatedAt());
    }
}
