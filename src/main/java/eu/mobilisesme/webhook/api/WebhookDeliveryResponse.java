package eu.mobilisesme.webhook.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.webhook.domain.Delivery;
import eu.mobilisesme.webhook.domain.DeliveryAttempt;
import eu.mobilisesme.webhook.domain.DeliveryStatus;

@Schema(name = "WebhookDelivery", description = "One event's delivery to a subscription, with every attempt.")
public record WebhookDeliveryResponse(UUID id,
        @Schema(description = "The event: the `webhook-id` of every attempt.") UUID eventId,
        String eventType,
        @Schema(description = "PENDING (due at `nextAttemptAt`), SENDING (under way), SUCCEEDED (a 2xx answer) or "
                + "FAILED (a 3xx or 4xx answer other than 408 and 429, a refused address, or no success before "
                + "`retryUntil`).")
        DeliveryStatus status,
        @Schema(description = "The receiver's status code at the latest attempt, if it answered.")
        Integer lastStatusCode,
        @Schema(description = "Why the latest attempt got no answer, or why the delivery was stopped.")
        String lastError,
        @Schema(description = "When it is next sent, while PENDING.") Instant nextAttemptAt,
        @Schema(description = "It is retried until then (24 hours after it was created or redelivered).")
        Instant retryUntil,
        Instant createdAt,
        @Schema(description = "When it SUCCEEDED or FAILED.") Instant completedAt,
        @Schema(description = "Every attempt, oldest first.") List<Attempt> attempts) {

    @Schema(name = "WebhookDeliveryAttempt", description = "One attempt at a delivery.")
    public record Attempt(int attempt, Instant attemptedAt,
            @Schema(description = "The receiver's answer, if any.") Integer statusCode,
            @Schema(description = "Why there was no answer, if there was none.") String error,
            int durationMs) {

        static Attempt from(DeliveryAttempt attempt) {
            return new Attempt(attempt.attempt(), attempt.attemptedAt(), attempt.statusCode(), attempt.error(),
                    attempt.durationMs());
        }
    }

    static WebhookDeliveryResponse from(Delivery delivery) {
        return new WebhookDeliveryResponse(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status(),
                delivery.lastStatusCode(), delivery.lastError(), delivery.nextAttemptAt(), delivery.retryUntil(),
                delivery.createdAt(), delivery.completedAt(),
                delivery.attempts().stream().map(Attempt::from).toList());
    }
}
