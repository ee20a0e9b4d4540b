package eu.mobilisesme.sme.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.persistence.PositionalSql;
import eu.mobilisesme.common.persistence.RelationConditions;
import eu.mobilisesme.sme.domain.SeenSme;
import eu.mobilisesme.sme.domain.SmeRelation;
import eu.mobilisesme.sme.domain.SmeSearch;
import eu.mobilisesme.sme.domain.SmeSnapshot;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Reads of company profiles as one actor sees them, each in one statement that returns the profiles with the actor's
 * relations to them. Reads go to the database client directly, without a session: they change nothing.
 */
@ApplicationScoped
public class SmeReader {

    private final Pool database;

    SmeReader(Pool database) {
        this.database = database;
    }

    /** The company with {@code id} and the actor's relations to it (none if it may not see it); null if none exists. */
    public Uni<SeenSme> find(UUID id, Actor actor) {
        RelationConditions<SmeRelation> relations = SmeRelations.of(actor);
        String sql = "select " + SmeRows.COLUMNS + ", " + relations.namesColumn()
                + " as relations from sme s where s.id = :id";
        Map<String, Object> parameters = new HashMap<>(relations.parameters());
        parameters.put("id", id);
        return execute(sql, parameters)
                .map(rows -> rows.size() == 0 ? null : seen(rows.iterator().next(), relations));
    }

    /** One catalogue page in (legal name, id) order, limited to what {@code actor} may see. */
    public Uni<List<SeenSme>> search(SmeSearch search, Actor actor, Cursor after, int limit) {
        SmeSearchQuery query = SmeSearchQuery.of(search, actor).after(after).limit(limit);
        return execute(query.selectSql(), query.parameters())
                .map(rows -> rows.stream().map(row -> seen(row, query.relations())).toList());
    }

    /** How many companies the search finds in all; a full count, so only done when a client asks for it. */
    public Uni<Long> count(SmeSearch search, Actor actor) {
        SmeSearchQuery query = SmeSearchQuery.of(search, actor);
        return execute(query.countSql(), query.parameters())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Companies that could host, at most {@code limit}: those of {@code naceDivision} first, then those in
     * {@code favouredCountries}, then the others, each group in name order. The strongest parts of the matching score
     * come first, so the best matches are among them; each group is read from an index in name order and the next
     * group only when the previous ones fall short, so the cost does not grow with the catalogue.
     */
    public Uni<List<SmeSnapshot>> findHostCandidates(String excludedCountry, Set<String> countries,
            String naceDivision, Set<String> favouredCountries, int limit) {
        String host = SmeRelations.IN_PUBLIC_CATALOGUE + " and s.hosts_staff and s.hosting_capacity > 0"
                + " and s.country <> :excluded and s.country = any(:countries)";
        String sql = "select " + SmeRows.COLUMNS + " from ("
                + "(select s.* from sme s where " + host + " and substr(s.nace_code, 1, 2) = :division"
                + " order by s.legal_name, s.id limit :limit)"
                + " union all (select s.* from unnest(cast(:favoured as varchar[])) favoured (country)"
                + " cross join lateral"
                + " (select s.* from sme s where " + host + " and s.country = favoured.country"
                + " and substr(s.nace_code, 1, 2) <> :division order by s.legal_name, s.id limit :limit) s)"
                + " union all (select s.* from sme s where " + host + " and substr(s.nace_code, 1, 2) <> :division"
                + " and s.country <> all(:favoured) order by s.legal_name, s.id limit :limit)"
                + ") s limit :limit";
        return execute(sql, Map.of("excluded", excludedCountry, "countries", sorted(countries),
                "division", naceDivision, "favoured", sorted(favouredCountries), "limit", limit))
                .map(rows -> rows.stream().map(SmeRows::snapshot).toList());
    }

    /**
     * Companies waiting for a facilitator's answer, by due date then id, after {@code after}, at most {@code limit};
     * only those of {@code facilitatorId} when given, and only those overdue on {@code overdueOn} when given.
     */
    public Uni<List<SmeSnapshot>> findReviewQueue(Optional<UUID> facilitatorId, Optional<LocalDate> overdueOn,
            Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select " + SmeRows.COLUMNS
                + " from sme s where s.status = 'PENDING_VERIFICATION'");
        Map<String, Object> parameters = new HashMap<>(Map.of("limit", limit));
        facilitatorId.ifPresent(id -> {
            sql.append(" and s.facilitator_id = :facilitatorId");
            parameters.put("facilitatorId", id);
        });
        overdueOn.ifPresent(today -> {
            sql.append(" and s.review_due_on < :today");
            parameters.put("today", today);
        });
        if (after != null) {
            sql.append(" and (s.review_due_on, s.id) > (:afterDue, :afterId)");
            parameters.put("afterDue", LocalDate.parse(after.sortKey()));
            parameters.put("afterId", after.id());
        }
        sql.append(" order by s.review_due_on, s.id limit :limit");
        return execute(sql.toString(), parameters).map(rows -> rows.stream().map(SmeRows::snapshot).toList());
    }

    private static String[] sorted(Set<String> codes) {
        return codes.stream().sorted().toArray(String[]::new);
    }

    private Uni<RowSet<Row>> execute(String sql, Map<String, Object> parameters) {
        PositionalSql statement = PositionalSql.of(sql, parameters);
        return database.preparedQuery(statement.sql()).execute(statement.values());
    }

    private static SeenSme seen(Row row, RelationConditions<SmeRelation> relations) {
        // The relations are the last column, after the snapshot's.
        return new SeenSme(SmeRows.snapshot(row), relations.parse(row.getString(row.size() - 1)));
    }
}
