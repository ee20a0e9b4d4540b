package eu.mobilisesme.grant.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.persistence.UniqueViolations;
import eu.mobilisesme.grant.domain.CountryRate;
import eu.mobilisesme.grant.domain.GrantCalculator;
import eu.mobilisesme.grant.domain.GrantPeriod;
import eu.mobilisesme.grant.domain.GrantQuote;
import eu.mobilisesme.grant.domain.GrantRateTable;
import eu.mobilisesme.grant.domain.RateTable;
import eu.mobilisesme.grant.persistence.GrantRateTableRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Grant rates and what they pay: quotes for a stay with the rate table in force on a day (or with a given table
 * again), and the versions of the rate tables, which programme administrators add.
 *
 * <p>{@link #quote} and {@link #requote} only read, and join the caller's session and transaction when there is one
 * ({@code @WithSession} opens a session only where none is open): the approval of an application and the confirmation
 * of its actual dates call them inside their own transaction. Each reads its table, with the rates, in one statement.
 */
@ApplicationScoped
public class GrantRates {

    static final String RESOURCE = "Grant rate table";
    /** The most versions a list shows; the programme adds one a year or so. */
    public static final int MAX_LISTED_TABLES = 100;

    private static final String VALID_FROM_KEY = "grant_rate_table_valid_from_key";
    private static final String VERSION_KEY = "grant_rate_table_table_version_key";

    private final GrantRateTableRepository tables;
    private final Clock clock;

    public GrantRates(GrantRateTableRepository tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /**
     * The grant for a stay in {@code hostCountry} of {@code periods}, with the rate table in force on
     * {@code tableOn} (the latest whose validFrom is on or before it). 422 {@code NO_GRANT_RATE_TABLE} before the
     * first table starts, 422 {@code NO_GRANT_RATE} when the table has no rate for the host country (and the
     * participant has no disability).
     */
    @WithSession
    public Uni<GrantQuote> quote(String hostCountry, List<GrantPeriod> periods, boolean disability,
            LocalDate tableOn) {
        return tableValidOn(tableOn).map(table -> GrantCalculator.quote(table, hostCountry, periods, disability));
    }

    /**
     * The grant for a stay, with the rate table {@code rateTableId} again, whatever came after it: the recalculation
     * on the actual dates keeps the table of the committed grant.
     */
    @WithSession
    public Uni<GrantQuote> requote(UUID rateTableId, String hostCountry, List<GrantPeriod> periods,
            boolean disability) {
        return tables.findWithRates(rateTableId)
                .onItem().ifNull().failWith(() -> new IllegalStateException("Rate table " + rateTableId
                        + " is missing"))
                .map(table -> GrantCalculator.quote(table.toRateTable(), hostCountry, periods, disability));
    }

    /** A simulation: {@link #quote} with the table in force on {@code tableOn}, or today when it is null. */
    @WithSession
    public Uni<GrantQuote> simulate(String hostCountry, List<GrantPeriod> periods, boolean disability,
            LocalDate tableOn) {
        return quote(hostCountry, periods, disability, tableOn != null ? tableOn : ProgrammeCalendar.today(clock));
    }

    /** The versions of the rate tables, the latest first ({@link #MAX_LISTED_TABLES} at most). */
    @WithSession
    public Uni<List<RateTableSummary>> tables() {
        return tables.findNewest(MAX_LISTED_TABLES).map(heads -> heads.stream()
                .map(head -> new RateTableSummary(head.getTableVersion(), head.getValidFrom(),
                        head.getDisabilityMonthlyEur(), head.getSource(), head.getCreatedAt()))
                .toList());
    }

    /** One version with its rates; 404 when there is no such version. */
    @WithSession
    public Uni<RateTable> table(int version) {
        return tables.findByVersion(version)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, version))
                .map(GrantRateTable::toRateTable);
    }

    /**
     * Adds the next version, in force from {@code validFrom} on (see {@link RateTable#successor} for its rules).
     * 409 {@code DUPLICATE_RATE_TABLE} when a table already starts on that day; two tables added at the same time
     * cannot both become the next version: one of them gets 409 {@code CONCURRENT_MODIFICATION}.
     */
    @WithTransaction
    public Uni<RateTable> addTable(Actor actor, LocalDate validFrom, BigDecimal disabilityMonthlyRate, String source,
            List<CountryRate> countryRates) {
        LocalDate today = ProgrammeCalendar.today(clock);
        // The latest first, then the duplicate check: a table another request commits in between is then found by
        // the check (409) rather than taken for the latest one (which would answer 422), and one committed later
        // meets the unique keys (409).
        return tables.findLatest()
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "No rate table: the initial one comes with the schema"))
                .call(latest -> tables.existsValidFrom(validFrom).invoke(exists -> {
                    if (exists) {
                        throw duplicate(validFrom);
                    }
                }))
                .map(latest -> latest.toRateTable().successor(UUID.randomUUID(), validFrom, disabilityMonthlyRate,
                        source, countryRates, today, clock.instant()))
                .call(next -> tables.persistAndFlush(GrantRateTable.of(next, actor.subject())))
                .onFailure(failure -> UniqueViolations.of(failure, VALID_FROM_KEY))
                .transform(failure -> duplicate(validFrom))
                .onFailure(failure -> UniqueViolations.of(failure, VERSION_KEY))
                .transform(failure -> new ConflictException("CONCURRENT_MODIFICATION",
                        "Another rate table was added at the same time; read the tables again and retry."));
    }

    private Uni<RateTable> tableValidOn(LocalDate day) {
        return tables.findValidOn(day)
                .onItem().ifNull().failWith(() -> new BusinessRuleException("NO_GRANT_RATE_TABLE",
                        "No grant rate table is valid on " + day + "."))
                .map(GrantRateTable::toRateTable);
    }

    private static ConflictException duplicate(LocalDate validFrom) {
        return new ConflictException("DUPLICATE_RATE_TABLE", "A rate table valid from " + validFrom + " exists.");
    }
}
