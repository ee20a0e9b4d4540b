package eu.mobilisesme.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.ConflictException;

/**
 * A partner client's webhook: where to send which event types, and the secret that signs them. Deleting it only
 * deactivates it, so its delivery log stays readable.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends AuditedEntity {

    @Column(name = "client_id")
    private String clientId;
    private String url;
    @Column(name = "event_types")
    private String[] eventTypes;
    private String secret;
    private boolean active;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(UUID id, String clientId, String url, List<String> eventTypes, WebhookSecret secret,
            Instant createdAt) {
        super(id, clientId, createdAt);
        this.clientId = clientId;
        this.url = url;
        this.eventTypes = eventTypes.stream().distinct().sorted().toArray(String[]::new);
        this.secret = secret.value();
        this.active = true;
    }

    /** Stops it for good: nothing more is sent to it. Deactivating it again changes nothing. */
    public void deactivate(String by, Instant at) {
        if (active) {
            active = false;
            touch(by, at);
        }
    }

    /** Signs what is sent from now on with {@code newSecret}; deliveries already sent keep the old signature. */
    public void rotateSecret(WebhookSecret newSecret, String by, Instant at) {
        requireActive();
        secret = newSecret.value();
        touch(by, at);
    }

    /** A deleted subscription takes no more work: 409 WEBHOOK_SUBSCRIPTION_INACTIVE. */
    public void requireActive() {
        if (!active) {
            throw new ConflictException("WEBHOOK_SUBSCRIPTION_INACTIVE",
                    "Webhook subscription " + getId() + " was deleted; create a new one.");
        }
    }

    public String getClientId() {
        return clientId;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getEventTypes() {
        return List.of(eventTypes);
    }

    public boolean isActive() {
        return active;
    }
}
