package eu.mobilisesme.grant.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.MoneyAmount;
import eu.mobilisesme.grant.domain.CountryRate;
import eu.mobilisesme.grant.domain.RateTable;

@Schema(name = "GrantRateTable", description = "One version of the monthly grant rates, in force from validFrom "
        + "until the next version starts.")
public record RateTableResponse(int version, LocalDate validFrom, MoneyAmount disabilityMonthlyRate, String source,
        @Schema(description = "In country order.") List<Rate> rates, Instant createdAt) {

    @Schema(name = "GrantRate", description = "The monthly rate for stays in one host country.")
    public record Rate(String country, MoneyAmount monthlyRate,
            @Schema(description = "Where the rate comes from, e.g. mobilisesme or eye.") String source) {

        static Rate from(CountryRate rate) {
            return new Rate(rate.country(), MoneyAmount.of(rate.monthlyRate()), rate.source());
        }
    }

    static RateTableResponse from(RateTable table) {
        return new RateTableResponse(table.version(), table.validFrom(),
                MoneyAmount.of(table.disabilityMonthlyRate()), table.source(),
                table.rates().stream().map(Rate::from).toList(), table.createdAt());
    }
}
