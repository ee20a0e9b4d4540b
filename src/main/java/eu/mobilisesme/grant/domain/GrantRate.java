package eu.mobilisesme.grant.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored monthly rate of one host country in a {@link GrantRateTable}; written with its table, never changed. */
@Embeddable
public class GrantRate {

    private String country;
    @Column(name = "monthly_eur", precision = 12, scale = 2)
    private BigDecimal monthlyEur;
    private String source;

    protected GrantRate() {
    }

    GrantRate(CountryRate rate) {
        this.country = rate.country();
        this.monthlyEur = rate.monthlyRate();
        this.source = rate.source();
    }

    CountryRate toCountryRate() {
        return new CountryRate(country, monthlyEur, source);
    }

    public String getCountry() {
        return country;
    }
}
