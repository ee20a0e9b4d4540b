package eu.mobilisesme.grant.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.grant.domain.GrantRateTable;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

/**
 * Rate tables. The finders that give one table read it with its rates, in one statement; a table has a few dozen.
 * Each gives null when there is no such table.
 */
@ApplicationScoped
public class GrantRateTableRepository implements PanacheRepositoryBase<GrantRateTable, UUID> {

    private static final String WITH_RATES = "select t from GrantRateTable t left join fetch t.rates ";

    /** The table in force on {@code day}: the one that started last on or before it. */
    public Uni<GrantRateTable> findValidOn(LocalDate day) {
        return one(WITH_RATES + "where t.validFrom = "
                + "(select max(latest.validFrom) from GrantRateTable latest where latest.validFrom <= ?1)", day);
    }

    public Uni<GrantRateTable> findWithRates(UUID id) {
        return one(WITH_RATES + "where t.id = ?1", id);
    }

    public Uni<GrantRateTable> findByVersion(int version) {
        return one(WITH_RATES + "where t.tableVersion = ?1", version);
    }

    /** The table that starts last. */
    public Uni<GrantRateTable> findLatest() {
        return one(WITH_RATES + "where t.validFrom = (select max(latest.validFrom) from GrantRateTable latest)");
    }

    /** The {@code limit} tables that start last, the latest first, without their rates. */
    public Uni<List<GrantRateTable>> findNewest(int limit) {
        return find("order by validFrom desc").page(Page.ofSize(limit)).list();
    }

    public Uni<Boolean> existsValidFrom(LocalDate validFrom) {
        return count("validFrom", validFrom).map(count -> count > 0);
    }

    /** The one table a query finds (a fetch join repeats it per rate; Hibernate gives it once), or null. */
    private Uni<GrantRateTable> one(String query, Object... parameters) {
        return list(query, parameters).map(tables -> tables.isEmpty() ? null : tables.get(0));
    }
}
