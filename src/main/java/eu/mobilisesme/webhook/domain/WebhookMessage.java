package eu.mobilisesme.webhook.domain;

import java.util.Map;

/**
 * One signed webhook request as the Standard Webhooks specification shapes it: the body and the three headers that
 * let the receiver check it came from us, unchanged, and recently.
 *
 * @param id        the {@code webhook-id}: the event's id, the same on every attempt, so receivers can de-duplicate
 * @param timestamp the {@code webhook-timestamp}: when this attempt was signed, in Unix seconds
 * @param body      the JSON body, exactly the bytes that were signed
 */
public record WebhookMessage(String id, long timestamp, byte[] body, String signature) {

    public static WebhookMessage signed(WebhookSecret secret, String id, long timestamp, byte[] body) {
        return new WebhookMessage(id, timestamp, body.clone(), WebhookSignature.sign(secret, id, timestamp, body));
    }

    public Map<String, String> headers() {
        return Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature);
    }
}
