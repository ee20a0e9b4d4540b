package eu.mobilisesme.partner.domain;

import java.util.List;
import java.util.Set;

/**
 * A partner client as an administrator registers it.
 *
 * @param clientId           the subject of the client's tokens; fixed once registered
 * @param name               what the client is, e.g. "EURES company import"
 * @param organisation       who runs it
 * @param scopes             what it may do
 * @param webhookUrlPrefixes where its webhooks may point
 * @param rateLimitTier      its rate-limit tier
 * @param active             false stops its access at once
 */
public record PartnerClientDetails(String clientId, String name, String organisation, Set<String> scopes,
        List<String> webhookUrlPrefixes, String rateLimitTier, boolean active) {

    public PartnerClientDetails {
        scopes = Set.copyOf(scopes);
        webhookUrlPrefixes = List.copyOf(webhookUrlPrefixes);
    }
}
