package eu.mobilisesme.webhook.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A delivery a dispatcher claimed and must now send, with everything the sending needs, read in the claiming statement.
 *
 * @param leaseUntil the end of this claim, which also identifies it: the outcome is recorded only while the row still
 *                   holds this claim, so a sender whose lease ran out cannot overwrite the work of the one that took
 *                   the row over
 * @param attempts   the attempts recorded before this one
 * @param url        the subscription's URL
 * @param secret     the subscription's signing secret
 * @param urlPrefixes where the client's webhooks may point now
 * @param refusal    why it must not be sent at all (the subscription was deleted, the client deactivated, ...)
 */
public record ClaimedDelivery(UUID id, OffsetDateTime leaseUntil, int attempts, OutboundEvent event, String url,
        WebhookSecret secret, List<String> urlPrefixes, Optional<String> refusal) {

    public ClaimedDelivery {
        urlPrefixes = List.copyOf(urlPrefixes);
    }
}
