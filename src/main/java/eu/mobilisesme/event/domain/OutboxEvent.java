package eu.mobilisesme.event.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An event as it is stored in the outbox, {@code domain_event}.
 *
 * @param id            the event's id, which is also the {@code webhook-id} of its deliveries
 * @param type          its type's wire name
 * @param aggregateType the wire name of what it is about
 * @param aggregateId   the id of what it is about
 * @param occurredAt    when the change happened, by the service's clock
 * @param payload       ids and states
 * @param requiredScope the scope a partner needs to see it
 * @param audience      the clients that may see it, or empty for every client with the scope
 */
public record OutboxEvent(UUID id, String type, String aggregateType, UUID aggregateId, Instant occurredAt,
        Map<String, String> payload, String requiredScope, Optional<Set<String>> audience) {
}
