package eu.mobilisesme.webhook.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The event a delivery carries, as the outbox holds it: ids and states only.
 *
 * @param id      the event's id, which is the delivery's {@code webhook-id}
 * @param type    its wire name, e.g. {@code sme.verified}
 * @param payload the ids and new state the event recorded
 */
public record OutboundEvent(UUID id, String type, String aggregateType, UUID aggregateId, Instant occurredAt,
        Map<String, Object> payload) {

    public OutboundEvent {
        payload = Map.copyOf(payload);
    }
}
