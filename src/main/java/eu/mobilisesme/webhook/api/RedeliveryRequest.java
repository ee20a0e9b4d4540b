package eu.mobilisesme.webhook.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RedeliveryRequest", description = "The event to send again.")
public record RedeliveryRequest(
        @NotNull @Schema(description = "The event's id: the `webhook-id` of its deliveries, the `id` in the feed.")
        UUID eventId) {
}
