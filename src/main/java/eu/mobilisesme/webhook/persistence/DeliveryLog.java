package eu.mobilisesme.webhook.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.webhook.domain.Delivery;
import eu.mobilisesme.webhook.domain.DeliveryAttempt;
import eu.mobilisesme.webhook.domain.DeliveryStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** A subscription's deliveries as its owner reads them, and the redeliveries it asks for. */
@ApplicationScoped
public class DeliveryLog {

    private static final String COLUMNS = "select d.id, d.event_id, e.type, d.status, d.last_status_code,"
            + " d.last_error, d.next_attempt_at, d.retry_until, d.created_at, d.completed_at"
            + " from webhook_delivery d join domain_event e on e.id = d.event_id";

    /**
     * Makes an event due again for a subscription at once, with a fresh retry window: the delivery it had is reset
     * (one being sent just gets the new window), or one is created when the event is one the subscription may
     * receive. Nothing happens, and no row comes back, when it may not.
     */
    private static final String REDELIVER = "insert into webhook_delivery (id, subscription_id, event_id,"
            + " event_transaction_id, event_position, aggregate_id, status, next_attempt_at, retry_until, created_at)"
            + " select gen_random_uuid(), s.id, e.id, e.transaction_id, e.position, e.aggregate_id, 'PENDING', now(),"
            + "  now() + interval '24 hours', now()"
            + " from domain_event e, webhook_subscription s join partner_client c on c.client_id = s.client_id"
            + " where e.id = $2 and s.id = $1 and " + Eligibility.REFUSAL + " is null"
            + " on conflict (subscription_id, event_id) do update set"
            + "  status = case when webhook_delivery.status = 'SENDING' then 'SENDING' else 'PENDING' end,"
            + "  next_attempt_at = now(), retry_until = now() + interval '24 hours', completed_at = null"
            + " returning id";

    private final Pool database;

    DeliveryLog(Pool database) {
        this.database = database;
    }

    /**
     * The subscription's deliveries, newest first after {@code after}, each with its attempts; at most
     * {@code limit}.
     */
    public Uni<List<Delivery>> findPage(UUID subscriptionId, Cursor after, int limit) {
        Tuple values = Tuple.of(subscriptionId, limit);
        String page = "";
        if (after != null) {
            page = " and (d.created_at < $3 or (d.created_at = $3 and d.id > $4))";
            values.addOffsetDateTime(OffsetDateTime.ofInstant(Instant.parse(after.sortKey()), ZoneOffset.UTC))
                    .addUUID(after.id());
        }
        return database.preparedQuery(COLUMNS + " where d.subscription_id = $1" + page
                + " order by d.created_at desc, d.id limit $2").execute(values)
                .flatMap(rows -> withAttempts(deliveries(rows)));
    }

    /** One delivery with its attempts, or empty. */
    public Uni<Optional<Delivery>> find(UUID deliveryId) {
        return database.preparedQuery(COLUMNS + " where d.id = $1").execute(Tuple.of(deliveryId))
                .flatMap(rows -> withAttempts(deliveries(rows)))
                .map(found -> found.stream().findFirst());
    }

    /** The id of the delivery made due again, or empty when the subscription may not receive the event. */
    public Uni<Optional<UUID>> redeliver(UUID subscriptionId, UUID eventId) {
        return database.preparedQuery(REDELIVER).execute(Tuple.of(subscriptionId, eventId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("id")));
    }

    private Uni<List<Delivery>> withAttempts(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().item(deliveries);
        }
        UUID[] ids = deliveries.stream().map(Delivery::id).toArray(UUID[]::new);
        return database.preparedQuery("select delivery_id, attempt, attempted_at, status_code, error, duration_ms"
                + " from webhook_delivery_attempt where delivery_id = any ($1) order by delivery_id, attempt")
                .execute(Tuple.tuple().addArrayOfUUID(ids))
                .map(rows -> {
                    Map<UUID, List<DeliveryAttempt>> byDelivery = new HashMap<>();
                    rows.forEach(row -> byDelivery.computeIfAbsent(row.getUUID("delivery_id"), id -> new ArrayList<>())
                            .add(new DeliveryAttempt(row.getInteger("attempt"), instant(row, "attempted_at"),
                                    row.getInteger("status_code"), row.getString("error"),
                                    row.getInteger("duration_ms"))));
                    return deliveries.stream()
                            .map(delivery -> delivery.withAttempts(byDelivery.getOrDefault(delivery.id(), List.of())))
                            .toList();
                });
    }

    private static List<Delivery> deliveries(RowSet<Row> rows) {
        List<Delivery> deliveries = new ArrayList<>();
        rows.forEach(row -> {
            DeliveryStatus status = DeliveryStatus.valueOf(row.getString("status"));
            deliveries.add(new Delivery(row.getUUID("id"), row.getUUID("event_id"), row.getString("type"), status,
                    row.getInteger("last_status_code"), row.getString("last_error"),
                    status == DeliveryStatus.PENDING ? instant(row, "next_attempt_at") : null,
                    instant(row, "retry_until"), instant(row, "created_at"), instant(row, "completed_at"),
                    List.of()));
        });
        return deliveries;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
