package eu.mobilisesme.grant.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A stored {@link RateTable}: its version, start and disability rate, and its rates by country ({@link GrantRate},
 * the rows of {@code grant_rate}). Written once and never changed, so it has no version column.
 */
@Entity
@Table(name = "grant_rate_table")
public class GrantRateTable {

    @Id
    private UUID id;
    @Column(name = "table_version")
    private int tableVersion;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "disability_monthly_eur", precision = 12, scale = 2)
    private BigDecimal disabilityMonthlyEur;
    private String source;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @ElementCollection
    @CollectionTable(name = "grant_rate", joinColumns = @JoinColumn(name = "rate_table_id"))
    @OrderBy("country")
    private List<GrantRate> rates = new ArrayList<>();

    protected GrantRateTable() {
    }

    private GrantRateTable(RateTable table, String createdBy) {
        this.id = table.id();
        this.tableVersion = table.version();
        this.validFrom = table.validFrom();
        this.disabilityMonthlyEur = table.disabilityMonthlyRate();
        this.source = table.source();
        this.createdAt = table.createdAt();
        this.createdBy = createdBy;
        this.rates = table.rates().stream().map(GrantRate::new).collect(Collectors.toCollection(ArrayList::new));
    }

    /** {@code table} to store, with its rates, made by {@code createdBy}. */
    public static GrantRateTable of(RateTable table, String createdBy) {
        return new GrantRateTable(table, createdBy);
    }

    /** The table with its rates; read it with its rates (they are loaded lazily). */
    public RateTable toRateTable() {
        return new RateTable(id, tableVersion, validFrom, disabilityMonthlyEur, source, createdAt,
                rates.stream().map(GrantRate::toCountryRate).toList());
    }

    public UUID getId() {
        return id;
    }

    public int getTableVersion() {
        return tableVersion;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getDisabilityMonthlyEur() {
        return disabilityMonthlyEur;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
