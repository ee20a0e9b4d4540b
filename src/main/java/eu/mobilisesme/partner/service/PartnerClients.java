package eu.mobilisesme.partner.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.security.PartnerClientAccess;
import eu.mobilisesme.partner.persistence.ClientStandings;
import io.smallrye.mutiny.Uni;

/** What the registry grants a partner client's request, and where its webhooks may point. */
@ApplicationScoped
public class PartnerClients {

    private final ClientStandings standings;

    PartnerClients(ClientStandings standings) {
        this.standings = standings;
    }

    /**
     * What a token of {@code clientId} that claims {@code claimedScopes} may do: the scopes both the registry and the
     * token grant, so a client's token can be narrower than its registration but never wider.
     */
    public Uni<PartnerClientAccess> access(String clientId, Set<String> claimedScopes) {
        return standings.find(clientId).map(found -> found.map(standing -> {
            Set<String> scopes = new HashSet<>(standing.scopes());
            scopes.retainAll(claimedScopes);
            return new PartnerClientAccess(clientId, true, standing.active(), scopes, standing.rateLimitTier());
        }).orElseGet(() -> PartnerClientAccess.unregistered(clientId)));
    }

    /** The URL prefixes an active client's webhooks may use; empty when it has none or is unknown or inactive. */
    public Uni<List<String>> webhookUrlPrefixes(String clientId) {
        return standings.find(clientId)
                .map(found -> found.filter(standing -> standing.active())
                        .map(standing -> standing.webhookUrlPrefixes()).orElse(List.of()));
    }
}
