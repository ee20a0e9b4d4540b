package eu.mobilisesme.webhook.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.webhook.domain.WebhookSubscription;
import eu.mobilisesme.webhook.service.SubscriptionWithSecret;

@Schema(name = "WebhookSubscription", description = "Where a partner client's webhooks go.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscriptionResponse(UUID id,
        @Schema(description = "The API client it belongs to.") String clientId,
        String url,
        List<String> eventTypes,
        @Schema(description = "False once deleted: nothing more is sent; the delivery log stays readable.")
        boolean active,
        @Schema(description = "The signing secret (`whsec_` and the base64 of a 32-byte key), only in the answer "
                + "that creates it: the subscription's creation or a rotation. Store it; it is never shown again.")
        String secret,
        @Schema(description = "Optimistic-lock version; the ETag header carries it too.") long version,
        Instant createdAt, Instant updatedAt) {

    static WebhookSubscriptionResponse from(WebhookSubscription subscription) {
        return of(subscription, null);
    }

    static WebhookSubscriptionResponse from(SubscriptionWithSecret created) {
        return of(created.subscription(), created.secret().value());
    }

    private static WebhookSubscriptionResponse of(WebhookSubscription subscription, String secret) {
        return new WebhookSubscriptionResponse(subscription.getId(), subscription.getClientId(),
                subscription.getUrl(), subscription.getEventTypes(), subscription.isActive(), secret,
                subscription.getVersion(), subscription.getCreatedAt(), subscription.getUpdatedAt());
    }
}
