package eu.mobilisesme.grant.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.MoneyAmount;
import eu.mobilisesme.grant.service.RateTableSummary;

@Schema(name = "GrantRateTableSummary", description = "One version of the grant rates, without its rates.")
public record RateTableSummaryResponse(int version, LocalDate validFrom, MoneyAmount disabilityMonthlyRate,
        String source, Instant createdAt) {

    static RateTableSummaryResponse from(RateTableSummary table) {
        return new RateTableSummaryResponse(table.version(), table.validFrom(),
                MoneyAmount.of(table.disabilityMonthlyRate()), table.source(), table.createdAt());
    }
}
