package eu.mobilisesme.grant.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.RateBasis;

/**
 * How a committed grant was computed, kept with it so it can be explained years later whatever tables came after:
 * the rate table (id, version, start), the rate, the months and days, the amount and the explanation people read.
 * Written once, from a {@link GrantQuote}, and never changed; {@link #quote()} gives the quote back for display.
 */
@Entity
@Table(name = "grant_calculation")
public class GrantCalculation {

    @Id
    private UUID id;
    @Column(name = "rate_table_id")
    private UUID rateTableId;
    @Column(name = "table_version")
    private int tableVersion;
    @Column(name = "table_valid_from")
    private LocalDate tableValidFrom;
    @Column(name = "host_country")
    private String hostCountry;
    @Column(name = "disability_rate")
    private boolean disabilityRate;
    @Column(name = "monthly_rate", precision = 12, scale = 2)
    private BigDecimal monthlyRate;
    private int months;
    private int days;
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;
    private String[] explanation;
    @Column(name = "created_at")
    private Instant createdAt;

    protected GrantCalculation() {
    }

    private GrantCalculation(GrantQuote quote, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.rateTableId = quote.rateTableId();
        this.tableVersion = quote.tableVersion();
        this.tableValidFrom = quote.tableValidFrom();
        this.hostCountry = quote.hostCountry();
        this.disabilityRate = quote.disability();
        this.monthlyRate = quote.monthlyRate();
        this.months = quote.months();
        this.days = quote.days();
        this.amount = quote.amount();
        this.explanation = quote.explanation().toArray(String[]::new);
        this.createdAt = createdAt;
    }

    /** The record of {@code quote}, made at {@code createdAt}, with a new id; persist it to commit the grant. */
    public static GrantCalculation of(GrantQuote quote, Instant createdAt) {
        return new GrantCalculation(quote, createdAt);
    }

    /** The quote this calculation recorded, as it was. */
    public GrantQuote quote() {
        return new GrantQuote(rateTableId, tableVersion, tableValidFrom,
                disabilityRate ? RateBasis.DISABILITY : RateBasis.HOST_COUNTRY, hostCountry, monthlyRate, months,
                days, amount, List.of(explanation));
    }

    public UUID getId() {
        return id;
    }

    public UUID getRateTableId() {
        return rateTableId;
    }

    public int getTableVersion() {
        return tableVersion;
    }

    public LocalDate getTableValidFrom() {
        return tableValidFrom;
    }

    public String getHostCountry() {
        return hostCountry;
    }

    public boolean isDisabilityRate() {
        return disabilityRate;
    }

    public BigDecimal getMonthlyRate() {
        return monthlyRate;
    }

    public int getMonths() {
        return months;
    }

    public int getDays() {
        return days;
    }

    /** The grant in EUR, two decimals. */
    public BigDecimal getAmount() {
        return amount;
    }

    public List<String> getExplanation() {
        return List.of(explanation);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
