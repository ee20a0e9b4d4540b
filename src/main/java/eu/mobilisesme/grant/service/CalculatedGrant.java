package eu.mobilisesme.grant.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.mobilisesme.common.domain.RateBasis;
import eu.mobilisesme.grant.domain.GrantCalculation;

/**
 * A grant as computed and kept, as other features see it: the calculation's id, the amount, and how it was computed
 * (the rate table, the rate applied and its basis, the whole months and the days, and the lines that explain it).
 */
public record CalculatedGrant(UUID calculationId, BigDecimal amount, int rateTableVersion,
        LocalDate rateTableValidFrom, RateBasis rateBasis, String hostCountry, BigDecimal monthlyRate, int months,
        int days, List<String> explanation) {

    static CalculatedGrant of(GrantCalculation calculation) {
        return new CalculatedGrant(calculation.getId(), calculation.getAmount(), calculation.getTableVersion(),
                calculation.getTableValidFrom(), calculation.isDisabilityRate() ? RateBasis.DISABILITY
                        : RateBasis.HOST_COUNTRY, calculation.getHostCountry(), calculation.getMonthlyRate(),
                calculation.getMonths(), calculation.getDays(), calculation.getExplanation());
    }
}
