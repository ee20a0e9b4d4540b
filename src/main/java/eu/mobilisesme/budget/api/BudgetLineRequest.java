package eu.mobilisesme.budget.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.budget.domain.BudgetLineTerms;
import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.common.api.EuroAmount;
import eu.mobilisesme.common.api.InputLimits;

@Schema(name = "BudgetLineRequest", description = "A budget line as an administrator states it.")
public record BudgetLineRequest(
        @NotNull @Schema(description = "The call the line funds; it cannot change.") UUID callId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "must be upper-case letters, "
                + "digits, - or _") @Schema(examples = "FORUM-AIC-2026") String code,
        @NotBlank @Size(max = InputLimits.NAME) String name,
        @NotBlank @Size(max = InputLimits.NAME) @Schema(examples = "Forum AIC") String funder,
        @NotNull @EuroAmount(max = "1000000000.00") @Schema(examples = "250000.00") String amount,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Approvals that name no line try lines in ascending "
                + "priority.") Integer priority,
        @NotNull @Size(max = 60) @Schema(description = "Countries of the sending companies it funds; empty: all.",
                examples = "[\"AL\", \"BA\", \"GR\", \"HR\", \"IT\", \"ME\", \"MK\", \"RS\", \"SI\", \"SM\"]")
        List<@NotNull @CountryCode String> eligibleCountries) {

    BudgetLineTerms toTerms() {
        return new BudgetLineTerms(name.strip(), funder.strip(), EuroAmount.Validator.amountOf(amount), priority,
                eligibleCountries);
    }
}
