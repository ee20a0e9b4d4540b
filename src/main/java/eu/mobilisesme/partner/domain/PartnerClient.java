package eu.mobilisesme.partner.domain;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.BusinessRuleException;

/** A partner portal's registered machine client: who it is, what it may do, and whether it may do it now. */
@Entity
@Table(name = "partner_client")
public class PartnerClient extends AuditedEntity {

    @Column(name = "client_id")
    private String clientId;
    private String name;
    private String organisation;
    private String[] scopes;
    @Column(name = "webhook_url_prefixes")
    private String[] webhookUrlPrefixes;
    @Column(name = "rate_limit_tier")
    private String rateLimitTier;
    private boolean active;

    protected PartnerClient() {
    }

    public PartnerClient(UUID id, PartnerClientDetails details, String createdBy, Instant createdAt) {
        super(id, createdBy, createdAt);
        this.clientId = details.clientId();
        apply(details);
    }

    /**
     * Replaces the details. The client id stays: it is what the client's tokens and everything the client created are
     * tagged with (422 {@code CLIENT_ID_FIXED}).
     */
    public void change(PartnerClientDetails details, String changedBy, Instant changedAt) {
        if (!clientId.equals(details.clientId())) {
            throw new BusinessRuleException("CLIENT_ID_FIXED", "A partner client keeps its client id " + clientId
                    + "; register a new client for another id.");
        }
        apply(details);
        touch(changedBy, changedAt);
    }

    private void apply(PartnerClientDetails details) {
        this.name = details.name();
        this.organisation = details.organisation();
        this.scopes = new TreeSet<>(details.scopes()).toArray(String[]::new);
        this.webhookUrlPrefixes = details.webhookUrlPrefixes().toArray(String[]::new);
        this.rateLimitTier = details.rateLimitTier();
        this.active = details.active();
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    /** In alphabetical order, as stored. */
    public List<String> getScopes() {
        return List.of(scopes);
    }

    public List<String> getWebhookUrlPrefixes() {
        return List.of(webhookUrlPrefixes);
    }

    public String getRateLimitTier() {
        return rateLimitTier;
    }

    public boolean isActive() {
        return active;
    }
}
