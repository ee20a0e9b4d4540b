package eu.mobilisesme.mobility.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.mobility.domain.ObjectivesMet;
import eu.mobilisesme.mobility.domain.Party;

/** The bodies of the application's actions, one type per kind of step. */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    @Schema(name = "MobilityApplicationRequest", description = "A draft by the sending company.")
    record Draft(@NotNull UUID participantId, @NotNull CollaborationType collaborationType,
            @NotNull @Valid LearningProjectRequest learningProject) {
    }

    @Schema(name = "StepNote", description = "An optional note for the history.")
    record Note(@Size(max = InputLimits.NOTE) String note) {
    }

    @Schema(name = "Approval", description = "An optional note, and the budget line to commit the grant on.")
    record Approval(@Size(max = InputLimits.NOTE) String note,
            @Schema(description = "The budget line; when absent, the first eligible line by priority with room.")
            UUID budgetLineId) {
    }

    @Schema(name = "StepReason", description = "Why: required for holds, answers, rejections and cancellations.")
    record Reason(@NotBlank @Size(max = InputLimits.NOTE) String reason) {
    }

    @Schema(name = "InsuranceConfirmation")
    record Insurance(@NotBlank @Size(max = 200) @Schema(description = "Insurer and policy number.")
    String reference) {
    }

    @Schema(name = "ArrivalConfirmation")
    record Arrival(@NotNull LocalDate arrivedOn) {
    }

    @Schema(name = "DepartureConfirmation")
    record Departure(@NotNull LocalDate departedOn) {
    }

    @Schema(name = "ProposalRequest")
    record Proposal(@NotNull UUID hostSmeId, @Size(max = InputLimits.NOTE) String message) {
    }

    @Schema(name = "ProposalAnswer")
    record Answer(@Size(max = InputLimits.NOTE) String message) {
    }

    @Schema(name = "SignatureRequest")
    record Signature(@NotNull @Min(1) @Max(10_000) Integer revision,
            @NotNull @Schema(description = "SENDING_SME, HOST_SME or SENDING_FACILITATOR.") Party party) {
    }

    @Schema(name = "FinalReportRequest")
    record Report(@NotNull ObjectivesMet objectivesMet, @NotNull @Min(0) @Max(10_000) Integer newContacts,
            @NotBlank @Size(max = 4000) String expectedBusinessOutcomes,
            @NotNull @Min(1) @Max(5) Integer satisfaction) {
    }
}
