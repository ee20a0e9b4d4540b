package eu.mobilisesme.partner.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.partner.domain.PartnerClient;

@Schema(name = "PartnerClient", description = "A partner portal's registered API client.")
public record PartnerClientResponse(UUID id, String clientId, String name, String organisation, List<String> scopes,
        List<String> webhookUrlPrefixes, String rateLimitTier, boolean active,
        @Schema(description = "Optimistic-lock version; the ETag header carries it too.") long version,
        Instant createdAt, Instant updatedAt) {

    static PartnerClientResponse from(PartnerClient client) {
        return new PartnerClientResponse(client.getId(), client.getClientId(), client.getName(),
                client.getOrganisation(), client.getScopes(), client.getWebhookUrlPrefixes(),
                client.getRateLimitTier(), client.isActive(), client.getVersion(), client.getCreatedAt(),
                client.getUpdatedAt());
    }
}
