package eu.mobilisesme.kpi.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.mobilisesme.kpi.domain.Dimension;
import eu.mobilisesme.kpi.domain.KpiFigures;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The latest KPI figures of each call and scope. A refresh counts and replaces a call's figures in one transaction,
 * under a lock of its own, so refreshes of one call (from several instances, or a reader finding none) run one after
 * the other and the last one written is always the latest counted. The figures are stored as JSON, which is read back
 * by reflection (registered for the native image).
 */
@ApplicationScoped
@RegisterForReflection(targets = { KpiFigures.class, KpiFigures.SmeCounts.class, KpiFigures.Stage.class,
        KpiFigures.OverdueReviews.class, KpiFigures.BudgetLineUse.class, KpiFigures.GroupCount.class,
        Dimension.class })
public class KpiSnapshots {

    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('programme_kpi_snapshot'), "
            + "hashtext($1))";
    private static final String ANY = "select exists (select 1 from programme_kpi_snapshot where call_id = $1)";
    private static final String REPLACE = "insert into programme_kpi_snapshot (call_id, scope, computed_at, figures) "
            + "values ($1, $2, $3, $4::text::jsonb) on conflict (call_id, scope) do update "
            + "set computed_at = excluded.computed_at, figures = excluded.figures";
    private static final String READ = "select scope, computed_at, figures::text from programme_kpi_snapshot "
            + "where call_id = $1 and scope in ($2, '" + KpiCounts.PROGRAMME + "')";

    /** A scope's figures and when they were counted. */
    public record Snapshot(Instant computedAt, KpiFigures figures) {
    }

    private final Pool database;
    private final KpiCounts counts;
    private final ObjectMapper json;

    KpiSnapshots(Pool database, KpiCounts counts, ObjectMapper json) {
        this.database = database;
        this.counts = counts;
        this.json = json;
    }

    /**
     * Counts the call's figures as of {@code computedAt} and replaces its snapshot; when {@code onlyIfMissing}, only
     * if the call has none yet (a reader that found none, and whoever was counting meanwhile). Whether it counted.
     */
    public Uni<Boolean> refresh(CountingWindow window, Instant computedAt, List<String> statusOrder,
            List<Dimension> reported, boolean onlyIfMissing) {
        UUID call = window.callId();
        return database.withTransaction(connection -> connection.preparedQuery(LOCK).execute(Tuple.of(call.toString()))
                .chain(() -> onlyIfMissing ? exists(connection, call) : Uni.createFrom().item(false))
                .chain(present -> present ? Uni.createFrom().item(false)
                        : counts.count(connection, window, statusOrder, reported)
                                .chain(figures -> replace(connection, call, computedAt, figures))
                                .replaceWith(true)));
    }

    /**
     * The snapshot of {@code scope} of the call; for a scope the latest refresh did not know (a facilitator added
     * since), empty figures as of that refresh; nothing when the call was never counted.
     */
    public Uni<Optional<Snapshot>> read(UUID callId, String scope) {
        return database.preparedQuery(READ).execute(Tuple.of(callId, scope)).map(rows -> {
            Row programme = null;
            for (Row row : rows) {
                if (row.getString(0).equals(scope)) {
                    return Optional.of(snapshot(row));
                }
                programme = row;
            }
            // Parsed only when needed: the programme's figures are the largest.
            return Optional.ofNullable(programme).map(KpiSnapshots.this::snapshot).map(known -> new Snapshot(
                    known.computedAt(), KpiFigures.empty(known.figures().budgetLines())));
        });
    }

    private Snapshot snapshot(Row row) {
        return new Snapshot(row.getOffsetDateTime(1).toInstant(), parse(row.getString(2)));
    }

    private static Uni<Boolean> exists(SqlClient connection, UUID call) {
        return connection.preparedQuery(ANY).execute(Tuple.of(call)).map(rows -> rows.iterator().next().getBoolean(0));
    }

    private Uni<Void> replace(SqlClient connection, UUID call, Instant computedAt, Map<String, KpiFigures> figures) {
        OffsetDateTime at = computedAt.atOffset(ZoneOffset.UTC);
        List<Tuple> rows = figures.entrySet().stream()
                .map(scope -> Tuple.of(call, scope.getKey(), at, write(scope.getValue()))).toList();
        return connection.preparedQuery(REPLACE).executeBatch(rows).replaceWithVoid();
    }

    private String write(KpiFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("KPI figures could not be written", e);
        }
    }

    private KpiFigures parse(String stored) {
        try {
            return json.readValue(stored, KpiFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A KPI snapshot could not be read", e);
        }
    }
}
