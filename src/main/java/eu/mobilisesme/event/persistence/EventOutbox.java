package eu.mobilisesme.event.persistence;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.event.domain.OutboxEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Appends events to {@code domain_event} in the caller's own session and transaction, so an event exists exactly
 * when the change it describes committed. The database adds the writer's transaction id (the feed's order) and, by
 * trigger, the webhook deliveries.
 */
@ApplicationScoped
public class EventOutbox {

    /** Joins audience members for string_to_array; client ids never hold control characters. */
    private static final String SEPARATOR = "\u001f";

    /**
     * The payload goes as text and is cast in SQL: a parameter the statement types as {@code jsonb} would be sent by
     * the driver as one JSON string, not as the object the text spells.
     */
    public Uni<Void> append(OutboxEvent event) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("insert into domain_event "
                + "(id, type, aggregate_type, aggregate_id, occurred_at, payload, required_scope, audience) "
                + "values (:id, :type, :aggregateType, :aggregateId, :occurredAt, "
                + "cast(cast(:payload as text) as jsonb), :requiredScope, "
                + "string_to_array(cast(:audience as text), chr(31)))")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("aggregateType", event.aggregateType())
                .setParameter("aggregateId", event.aggregateId())
                .setParameter("occurredAt", event.occurredAt())
                .setParameter("payload", new JsonObject(Map.<String, Object>copyOf(event.payload())).encode())
                .setParameter("requiredScope", event.requiredScope())
                .setParameter("audience", event.audience().map(EventOutbox::joined).orElse(null))
                .executeUpdate()
                .replaceWithVoid());
    }

    /**
     * An empty audience is stored as an empty array (no partner), not as null (every partner): string_to_array of
     * an empty string gives an empty array.
     */
    private static String joined(Set<String> audience) {
        return String.join(SEPARATOR, audience);
    }
}
