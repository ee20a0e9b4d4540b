package eu.mobilisesme.call.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PolicyVersionRequest", description = "New rules from a day on; earlier versions stay as they were.")
public record PolicyVersionRequest(
        @NotNull @Schema(description = "Today or later, after the latest version's start, before the call closes.")
        LocalDate validFrom,
        @NotNull @Valid PolicyRequest rules) {
}
