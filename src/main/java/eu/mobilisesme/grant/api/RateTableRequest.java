package eu.mobilisesme.grant.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.common.api.EuroAmount;
import eu.mobilisesme.grant.domain.CountryRate;

@Schema(name = "GrantRateTableRequest", description = "The next version of the grant rates, from a day on.")
public record RateTableRequest(
        @NotNull @Schema(description = "Today or later, and after the latest table's start: a new table never "
                + "changes grants already committed.") LocalDate validFrom,
        @NotNull @EuroAmount @Schema(description = "Monthly rate for participants with disabilities, whatever the "
                + "host country, in EUR.", examples = "1100.00") String disabilityMonthlyRate,
        @NotBlank @Size(max = 500) @Schema(description = "Where the rates come from, e.g. the programme's page.")
        String source,
        @NotEmpty @Size(max = RateTableRequest.MAX_COUNTRIES) @EachCountryOnce
        @Schema(description = "A monthly rate per host country, each country once; every country of the latest "
                + "table needs one.") List<@NotNull @Valid Rate> rates) {

    static final int MAX_COUNTRIES = 60;

    @Schema(name = "GrantRateRequest", description = "The monthly rate for stays in one host country.")
    public record Rate(
            @NotNull @CountryCode @Schema(examples = "IT") String country,
            @NotNull @EuroAmount @Schema(description = "In EUR.", examples = "900.00") String monthlyRate,
            @Size(max = 40)
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be a short lower-case tag such as eye")
            @Schema(description = "Where this country's rate comes from, if not from the table's source, e.g. eye "
                    + "for the Erasmus for Young Entrepreneurs table.", defaultValue = DEFAULT_SOURCE) String source) {

        CountryRate toCountryRate() {
            return new CountryRate(country, EuroAmount.Validator.amountOf(monthlyRate),
                    Objects.requireNonNullElse(source, DEFAULT_SOURCE));
        }
    }

    /** The source of a country's rate that names none: the table's own. */
    static final String DEFAULT_SOURCE = "table";

    BigDecimal disabilityRate() {
        return EuroAmount.Validator.amountOf(disabilityMonthlyRate);
    }

    List<CountryRate> countryRates() {
        return rates.stream().map(Rate::toCountryRate).toList();
    }
}
