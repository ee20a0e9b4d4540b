package eu.mobilisesme.partner.domain;

import java.util.List;
import java.util.Set;

/**
 * What a request needs to know of a registered partner client, read on every partner request.
 *
 * @param clientId           the subject of the client's tokens
 * @param active             whether it may call the API now
 * @param scopes             the scopes it was granted
 * @param rateLimitTier      its rate-limit tier's name
 * @param webhookUrlPrefixes where its webhooks may point
 */
public record ClientStanding(String clientId, boolean active, Set<String> scopes, String rateLimitTier,
        List<String> webhookUrlPrefixes) {

    public ClientStanding {
        scopes = Set.copyOf(scopes);
        webhookUrlPrefixes = List.copyOf(webhookUrlPrefixes);
    }
}
