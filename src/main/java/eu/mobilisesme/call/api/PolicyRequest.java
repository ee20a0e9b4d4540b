package eu.mobilisesme.call.api;

import static java.util.Objects.requireNonNullElse;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.domain.GrantPayee;
import eu.mobilisesme.call.domain.PolicyRules.Defaults;
import eu.mobilisesme.call.domain.PolicyRules;
import eu.mobilisesme.common.api.CountryCode;

/** The rules of a call; what is absent takes the programme's defaults ({@link Defaults}). */
@Schema(name = "PolicyRules", description = "The rules of a call. Absent values take the defaults shown.")
public record PolicyRequest(
        @NotEmpty @Size(max = 60) List<@NotNull @CountryCode String> eligibleCountries,
        @Min(1) @Max(60) @Schema(defaultValue = "" + Defaults.REVIEW_WORKING_DAYS) Integer reviewWorkingDays,
        @Min(1) @Max(20) @Schema(defaultValue = "" + Defaults.MAX_PARTICIPANTS_PER_SME) Integer maxParticipantsPerSme,
        @Min(1) @Max(12) @Schema(defaultValue = "" + Defaults.MIN_DURATION_MONTHS) Integer minDurationMonths,
        @Min(1) @Max(12) @Schema(defaultValue = "" + Defaults.MAX_DURATION_MONTHS) Integer maxDurationMonths,
        @Schema(defaultValue = "" + Defaults.SPLIT_ALLOWED) Boolean splitAllowed,
        @Min(1) @Max(365) @Schema(defaultValue = "" + Defaults.MIN_PART_DAYS,
                description = "Shortest part of a split stay, in days.") Integer minPartDays,
        @Min(1) @Max(36) @Schema(defaultValue = "" + Defaults.PARTS_WINDOW_MONTHS,
                description = "Months within which all parts of a split stay fall.") Integer partsWindowMonths,
        @Min(1) @Max(50) @Schema(defaultValue = "" + Defaults.MAX_OPEN_PROPOSALS) Integer maxOpenProposals,
        @Min(1) @Max(365) @Schema(defaultValue = "" + Defaults.REPORT_DUE_DAYS,
                description = "Days after the departure by which the final reports are due.") Integer reportDueDays,
        @Min(0) @Max(90) @Schema(defaultValue = "" + Defaults.STAY_DATES_TOLERANCE_DAYS,
                description = "Days by which the confirmed arrival and departure may differ from the planned first "
                        + "and last day.") Integer stayDatesToleranceDays,
        @Schema(defaultValue = "SENDING_SME", description = "Who receives the grant.") GrantPayee grantPayee,
        @Min(0) @Max(100) @Schema(defaultValue = "" + Defaults.PREFINANCING_PERCENT,
                description = "Share of the grant paid once the stay has started, in percent.")
        Integer prefinancingPercent) {

    PolicyRules toRules() {
        return new PolicyRules(eligibleCountries,
                requireNonNullElse(reviewWorkingDays, Defaults.REVIEW_WORKING_DAYS),
                requireNonNullElse(maxParticipantsPerSme, Defaults.MAX_PARTICIPANTS_PER_SME),
                requireNonNullElse(minDurationMonths, Defaults.MIN_DURATION_MONTHS),
                requireNonNullElse(maxDurationMonths, Defaults.MAX_DURATION_MONTHS),
                requireNonNullElse(splitAllowed, Defaults.SPLIT_ALLOWED),
                requireNonNullElse(minPartDays, Defaults.MIN_PART_DAYS),
                requireNonNullElse(partsWindowMonths, Defaults.PARTS_WINDOW_MONTHS),
                requireNonNullElse(maxOpenProposals, Defaults.MAX_OPEN_PROPOSALS),
                requireNonNullElse(reportDueDays, Defaults.REPORT_DUE_DAYS),
                requireNonNullElse(stayDatesToleranceDays, Defaults.STAY_DATES_TOLERANCE_DAYS),
                requireNonNullElse(grantPayee, Defaults.GRANT_PAYEE),
                requireNonNullElse(prefinancingPercent, Defaults.PREFINANCING_PERCENT));
    }
}
