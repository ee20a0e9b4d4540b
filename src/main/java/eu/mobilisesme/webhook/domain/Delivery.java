package eu.mobilisesme.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event's delivery to one subscription, as its log shows it.
 *
 * @param nextAttemptAt when it is next due, while it is pending
 * @param retryUntil    after this it is no longer retried
 * @param attempts      every attempt so far, oldest first
 */
public record Delivery(UUID id, UUID eventId, String eventType, DeliveryStatus status, Integer lastStatusCode,
        String lastError, Instant nextAttemptAt, Instant retryUntil, Instant createdAt, Instant completedAt,
        List<DeliveryAttempt> attempts) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    public Delivery withAttempts(List<DeliveryAttempt> all) {
        return new Delivery(id, eventId, eventType, status, lastStatusCode, lastError, nextAttemptAt, retryUntil,
                createdAt, completedAt, all);
    }
}
