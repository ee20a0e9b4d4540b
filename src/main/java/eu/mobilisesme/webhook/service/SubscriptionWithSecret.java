package eu.mobilisesme.webhook.service;

import eu.mobilisesme.webhook.domain.WebhookSecret;
import eu.mobilisesme.webhook.domain.WebhookSubscription;

/** A subscription with its new secret, for the one answer that shows it (its creation or a rotation). */
public record SubscriptionWithSecret(WebhookSubscription subscription, WebhookSecret secret) {
}
