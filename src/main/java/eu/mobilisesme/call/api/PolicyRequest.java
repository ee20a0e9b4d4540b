package eu.mobilisesme.call.api;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.call.domain.PolicyRules;
import eu.mobilisesme.common.api.CountryCode;

/** The rules of a call; absent numbers take the programme's published defaults. */
@Schema(name = "PolicyRules", description = "The rules of a call. Absent values take the defaults shown.")
public record PolicyRequest(
        @NotEmpty @Size(max = 60) List<@NotNull @CountryCode String> eligibleCountries,
        @Min(1) @Max(60) @Schema(defaultValue = "15") Integer reviewWorkingDays,
        @Min(1) @Max(20) @Schema(defaultValue = "2") Integer maxParticipantsPerSme,
        @Min(1) @Max(12) @Schema(defaultValue = "1") Integer minDurationMonths,
        @Min(1) @Max(12) @Schema(defaultValue = "2") Integer maxDurationMonths,
        @Schema(defaultValue = "false") Boolean splitAllowed,
        @Min(1) @Max(365) @Schema(defaultValue = "7", description = "Shortest part of a split stay, in days.")
        Integer minPartDays,
        @Min(1) @Max(36) @Schema(defaultValue = "12", description = "Months within which all parts of a split stay "
                + "fall.") Integer partsWindowMonths,
        @Min(1) @Max(50) @Schema(defaultValue = "5") Integer maxOpenProposals,
        @Min(1) @Max(365) @Schema(defaultValue = "30", description = "Days after the departure by which the final "
                + "reports are due.") Integer reportDueDays) {

    PolicyRules toRules() {
        return new PolicyRules(eligibleCountries, or(reviewWorkingDays, 15), or(maxParticipantsPerSme, 2),
                or(minDurationMonths, 1), or(maxDurationMonths, 2), Objects.requireNonNullElse(splitAllowed, false),
                or(minPartDays, 7), or(partsWindowMonths, 12), or(maxOpenProposals, 5), or(reportDueDays, 30));
    }

    private static int or(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }
}
