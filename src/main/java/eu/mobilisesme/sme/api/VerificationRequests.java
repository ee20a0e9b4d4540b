package eu.mobilisesme.sme.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import eu.mobilisesme.common.api.InputLimits;

/** The bodies of the verification actions: each says why, as the history will show it. */
final class VerificationRequests {

    private VerificationRequests() {
    }

    @Schema(name = "VerifySmeRequest")
    record Verify(@Size(max = InputLimits.NOTE) @Schema(description = "Optional note for the history.") String note) {
    }

    @Schema(name = "HoldSmeRequest")
    record Hold(@NotBlank @Size(max = InputLimits.NOTE) @Schema(description = "What the company must provide.")
    String message) {
    }

    @Schema(name = "RejectSmeRequest")
    record Reject(@NotBlank @Size(max = InputLimits.NOTE) @Schema(description = "Why the company cannot take part.")
    String reason) {
    }

    @Schema(name = "AssignFacilitatorRequest")
    record AssignFacilitator(@NotNull UUID facilitatorId) {
    }
}
