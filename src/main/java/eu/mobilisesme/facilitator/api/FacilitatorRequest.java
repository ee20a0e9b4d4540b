package eu.mobilisesme.facilitator.api;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.facilitator.domain.FacilitatorDetails;

@Schema(name = "FacilitatorRequest", description = "A facilitator organisation as an administrator states it.")
public record FacilitatorRequest(
        @NotBlank @Size(max = InputLimits.NAME) @Schema(examples = "Camera di Commercio di Bari") String name,
        @NotNull @CountryCode @Schema(examples = "IT", description = "Country of the seat, ISO 3166-1 alpha-2.")
        String country,
        @NotEmpty @Size(max = 50) @Schema(examples = "[\"IT\", \"SM\"]", description = "Countries whose SMEs it serves.")
        List<@NotNull @CountryCode String> coveredCountries,
        @NotBlank @Email @Size(max = InputLimits.EMAIL) @Schema(format = "email") String contactEmail,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()./-]{4,40}", message = "must be a phone number")
        String contactPhone,
        @Size(max = InputLimits.WEB_ADDRESS)
        @Pattern(regexp = InputLimits.WEB_ADDRESS_PATTERN, message = "must be an http(s) URL") String website,
        @NotNull @Schema(description = "Inactive facilitators keep their history but get no new companies.")
        Boolean active) {

    FacilitatorDetails toDetails() {
        return new FacilitatorDetails(name.strip(), country, coveredCountries, contactEmail.strip(), contactPhone,
                website, active);
    }
}
