package eu.mobilisesme.grant.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.Euros;

/**
 * One version of the monthly grant rates: a rate per host country and the rate for participants with disabilities
 * (DOMAIN rule 8), in force from {@code validFrom} until the next version starts. A version never changes once made,
 * and a new one starts in the future, so a grant committed with one table can always be explained and recomputed with
 * it.
 *
 * @param rates one per country, in country order
 */
public record RateTable(UUID id, int version, LocalDate validFrom, BigDecimal disabilityMonthlyRate, String source,
        Instant createdAt, List<CountryRate> rates) {

    public RateTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(source, "source");
        if (version < 1) {
            throw new IllegalArgumentException("Rate table versions start at 1");
        }
        disabilityMonthlyRate = positiveAmount(disabilityMonthlyRate, "The disability rate");
        rates = rates.stream().sorted(Comparator.comparing(CountryRate::country)).toList();
        if (rates.stream().map(CountryRate::country).distinct().count() != rates.size()) {
            throw new IllegalArgumentException("A rate table has one rate per country");
        }
    }

    /** The monthly rate for stays in {@code country}; empty when the table has none. */
    public Optional<BigDecimal> monthlyRateFor(String country) {
        return rates.stream().filter(rate -> rate.country().equals(country)).map(CountryRate::monthlyRate)
                .findFirst();
    }

    public SortedSet<String> countries() {
        return rates.stream().map(CountryRate::country).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The next version, from {@code validFrom} on. The past is not rewritten: it starts today at the earliest and
     * after this one (422 {@code RATE_TABLE_START_NOT_ALLOWED}); and no host country silently loses its grant: every
     * country of this table has a rate in the next (422 {@code RATE_MISSING}, naming the countries).
     */
    public RateTable successor(UUID id, LocalDate validFrom, BigDecimal disabilityMonthlyRate, String source,
            List<CountryRate> rates, LocalDate today, Instant at) {
        if (validFrom.isBefore(today) || !validFrom.isAfter(this.validFrom)) {
            throw new BusinessRuleException("RATE_TABLE_START_NOT_ALLOWED", "A new rate table must start today ("
                    + today + ") or later, and after " + this.validFrom + ", when rate table " + version
                    + " starts: a new table never changes the grants already committed.");
        }
        RateTable next = new RateTable(id, version + 1, validFrom, disabilityMonthlyRate, source, at, rates);
        SortedSet<String> missing = countries();
        missing.removeAll(next.countries());
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("RATE_MISSING", "The new table has no rate for " + String.join(", ",
                    missing) + ", which rate table " + version + " has: every host country keeps a rate.");
        }
        return next;
    }

    /** {@code amount} with the two decimals of EUR; a positive amount of whole cents, or an error. */
    static BigDecimal positiveAmount(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > Euros.SCALE) {
            throw new IllegalArgumentException(what + " must be a positive amount of whole cents: " + amount);
        }
        return Euros.rounded(amount);
    }
}
