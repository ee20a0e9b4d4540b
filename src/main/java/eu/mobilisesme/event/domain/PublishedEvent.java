package eu.mobilisesme.event.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An event as the feed hands it out: what {@link OutboxEvent} stored, at its place in the feed.
 *
 * @param at            where it is in the feed: a reader that got it continues after this
 * @param id            its id, which is also the {@code webhook-id} of its deliveries
 * @param type          its type's wire name
 * @param aggregateType the wire name of what it is about
 * @param aggregateId   the id of what it is about
 * @param occurredAt    when the change happened, by the service's clock
 * @param payload       ids and states
 */
public record PublishedEvent(FeedPosition at, UUID id, String type, String aggregateType, UUID aggregateId,
        Instant occurredAt, Map<String, String> payload) {

    public PublishedEvent {
        payload = Map.copyOf(payload);
    }
}
