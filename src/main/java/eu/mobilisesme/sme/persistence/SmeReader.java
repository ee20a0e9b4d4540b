package eu.mobilisesme.sme.persistence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private Uni<RowSet<Row>> execute(String sql, Map<String, Object> parameters) {
        PositionalSql statement = PositionalSql.of(sql, parameters);
        return database.preparedQuery(statement.sql()).execute(statement.values());
    }

    private static SeenSme seen(Row row, RelationConditions<SmeRelation> relations) {
        // The relations are the last column, after the snapshot's.
        return new SeenSme(SmeRows.snapshot(row), relations.parse(row.getString(row.size() - 1)));
    }
}
