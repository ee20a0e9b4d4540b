package eu.mobilisesme.sme.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.sme.domain.SmeStatusChange;
import eu.mobilisesme.sme.domain.VerificationStatus;

@Schema(name = "SmeStatusChange", description = "One step of a registration's history.")
public record StatusChangeResponse(Instant changedAt, String changedBy, String actorRole,
        @Schema(description = "Absent for the first registration.") VerificationStatus fromStatus,
        VerificationStatus toStatus, String reason) {

    static StatusChangeResponse from(SmeStatusChange change) {
        return new StatusChangeResponse(change.getChangedAt(), change.getChangedBy(), change.getActorRole(),
                change.getFromStatus(), change.getToStatus(), change.getReason());
    }
}
