package eu.mobilisesme.grant.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of the rate tables, without its rates: what a list of the versions shows. */
public record RateTableSummary(int version, LocalDate validFrom, BigDecimal disabilityMonthlyRate, String source,
        Instant createdAt) {
}
