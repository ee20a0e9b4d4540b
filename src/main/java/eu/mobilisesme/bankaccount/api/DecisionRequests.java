package eu.mobilisesme.bankaccount.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.InputLimits;

/** What a facilitator sends to decide on a waiting account: which one it checked, and why it refuses it. */
final class DecisionRequests {

    private DecisionRequests() {
    }

    @Schema(name = "BankAccountConfirmation", description = "Confirms the account waiting for confirmation.")
    record Confirmation(@NotNull @Schema(description = "The id of the waiting account you checked (its "
            + "`awaitingConfirmation.id`): if it has been replaced since, nothing is confirmed (409).") UUID accountId) {
    }

    @Schema(name = "BankAccountRefusal", description = "Refuses the account waiting for confirmation.")
    record Refusal(@NotNull @Schema(description = "The id of the waiting account you checked.") UUID accountId,
            @NotBlank @Size(max = InputLimits.NOTE) @Schema(examples = "The company's director did not confirm the "
                    + "change by phone.", description = "Why; shown to the company.") String reason) {
    }
}
