package eu.mobilisesme.event.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.event.domain.FeedPosition;
import eu.mobilisesme.event.domain.FeedReader;
import eu.mobilisesme.event.domain.PublishedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads the outbox in feed order, straight from the database client: a read of committed rows needs no session.
 * <p>
 * Only events of transactions older than the oldest one still running are read ({@code pg_snapshot_xmin}): every
 * transaction below it has ended, so no event can later appear before the last one returned, however late its writer
 * commits. An event of a transaction still running therefore waits, with everything after it, until that transaction
 * ends. The driver knows no {@code xid8}, so transaction ids travel as text; the text column has a name of its own,
 * as ORDER BY would otherwise sort by it (999 after 1000) rather than by the transaction id.
 */
@ApplicationScoped
public class EventFeedQuery {

    private static final String SQL = "select transaction_id::text as transaction_text, position, id, type, "
            + "aggregate_type, aggregate_id, occurred_at, payload::text from domain_event "
            + "where (transaction_id, position) > (cast($1 as text)::xid8, $2) "
            + "and transaction_id < pg_snapshot_xmin(pg_current_snapshot()) "
            + "and ($3::text[] is null or type = any($3::text[])) "
            + "and ($4::text is null or (required_scope = any($5::text[]) "
            + "and (audience is null or $4 = any(audience)))) "
            + "order by transaction_id, position limit $6";

    private final Pool database;

    EventFeedQuery(Pool database) {
        this.database = database;
    }

    /**
     * At most {@code limit} events after {@code after}, in feed order: of {@code types} (all when empty) and, for a
     * partner {@code reader}, only those it may see.
     */
    public Uni<List<PublishedEvent>> after(FeedPosition after, Set<String> types, Optional<FeedReader> reader,
            int limit) {
        Tuple parameters = Tuple.of(after.transactionId(), after.position())
                .addValue(types.isEmpty() ? null : types.toArray(String[]::new))
                .addValue(reader.map(FeedReader::clientId).orElse(null))
                .addValue(reader.map(partner -> partner.scopes().toArray(String[]::new)).orElse(new String[0]))
                .addValue(limit);
        return database.preparedQuery(SQL).execute(parameters)
                .map(rows -> rows.stream().map(EventFeedQuery::event).toList());
    }

    private static PublishedEvent event(Row row) {
        return new PublishedEvent(new FeedPosition(row.getString(0), row.getLong(1)), row.getUUID(2),
                row.getString(3), row.getString(4), row.getUUID(5), row.getOffsetDateTime(6).toInstant(),
                payload(row.getString(7)));
    }

    /** The payload as the writer stored it: string values only. */
    private static Map<String, String> payload(String json) {
        return new JsonObject(json).getMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue())));
    }
}
