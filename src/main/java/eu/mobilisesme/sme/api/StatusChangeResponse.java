package eu.mobilisesme.sme.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.sme.domain.SmeStatusChange;
import eu.mobilisesme.sme.domain.VerificationStatus;

@Schema(name = "SmeStatusChange", description = "One step of a registration's history.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeResponse(Instant changedAt,
        @Schema(description = "Who: absent for partner portals, which see the role only.") String changedBy,
        String actorRole,
        @Schema(description = "Absent for the first registration.") VerificationStatus fromStatus,
        VerificationStatus toStatus, String reason) {

    static StatusChangeResponse from(SmeStatusChange change, boolean identifyPeople) {
        return new StatusChangeResponse(change.getChangedAt(), identifyPeople ? change.getChangedBy() : null,
                change.getActorRole(),
                change.getFromStatus(), change.getToStatus(), change.getReason());
    }
}
