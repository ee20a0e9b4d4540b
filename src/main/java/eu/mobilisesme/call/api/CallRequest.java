package eu.mobilisesme.call.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.call.domain.CallTargets;
import eu.mobilisesme.call.domain.ReportingRules;
import eu.mobilisesme.common.api.InputLimits;

@Schema(name = "CallRequest", description = "A new call, its targets and its first rules, in force from the day it "
        + "opens.")
public record CallRequest(
        @NotBlank @Size(max = 40)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = "must be 3-40 capitals, digits or dashes")
        @Schema(examples = "MOBILISESME-2028") String code,
        @NotBlank @Size(max = InputLimits.NAME) String title,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotNull @Valid Targets targets,
        @Valid @Schema(description = "Absent: gender and disability are reported, groups of fewer than 5 people "
                + "suppressed.") Reporting reporting,
        @NotNull @Valid PolicyRequest policy) {

    /** The most a call may aim at: far beyond any call so far, low enough to catch a typing slip. */
    static final int MAX_TARGET = 1_000_000;

    @Schema(name = "CallTargets", description = "What the call is judged on.")
    public record Targets(
            @NotNull @Min(1) @Max(MAX_TARGET) @Schema(description = "SMEs registered on the platform during the "
                    + "call.", examples = "715") Integer registeredSmes,
            @NotNull @Min(1) @Max(MAX_TARGET) @Schema(description = "People sent on mobility: participants of "
                    + "approved mobilities (and those that went further).", examples = "520") Integer participantsSent) {

        CallTargets toTargets() {
            return new CallTargets(registeredSmes, participantsSent);
        }
    }

    @Schema(name = "CallReporting", description = "What the call must report about the people it sends.")
    public record Reporting(
            @NotNull @Schema(description = "Participants sent by gender.") Boolean byGender,
            @NotNull @Schema(description = "Participants sent with and without a disability.") Boolean byDisability,
            @NotNull @Min(2) @Max(100) @Schema(description = "Groups of fewer people are never shown.",
                    examples = "5") Integer minimumGroupSize) {

        ReportingRules toRules() {
            return new ReportingRules(byGender, byDisability, minimumGroupSize);
        }
    }

    ReportingRules reportingRules() {
        return reporting == null ? ReportingRules.DEFAULT : reporting.toRules();
    }
}
