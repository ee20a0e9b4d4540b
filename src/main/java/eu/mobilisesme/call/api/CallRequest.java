package eu.mobilisesme.call.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import eu.mobilisesme.common.api.InputLimits;

@Schema(name = "CallRequest", description = "A new call and its first rules, in force from the day it opens.")
public record CallRequest(
        @NotBlank @Size(max = 40)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,39}", message = "must be 3-40 capitals, digits or dashes")
        @Schema(examples = "MOBILISESME-2028") String code,
        @NotBlank @Size(max = InputLimits.NAME) String title,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotNull @Valid PolicyRequest policy) {
}
