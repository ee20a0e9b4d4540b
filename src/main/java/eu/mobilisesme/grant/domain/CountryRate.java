package eu.mobilisesme.grant.domain;

import java.math.BigDecimal;
import java.util.Objects;

import eu.mobilisesme.common.domain.Euros;

/**
 * The monthly grant for stays in one host country, in EUR, and where the figure comes from (e.g. {@code mobilisesme}
 * or {@code eye} for the tables of the initial rate table).
 */
public record CountryRate(String country, BigDecimal monthlyRate, String source) {

    public CountryRate {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
        monthlyRate = RateTable.positiveAmount(monthlyRate, "The monthly rate of " + country);
    }

    /** The rate in EUR with its two decimals, e.g. {@code 900.00}. */
    public String formatted() {
        return Euros.format(monthlyRate);
    }
}
