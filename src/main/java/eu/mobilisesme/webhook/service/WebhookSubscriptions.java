package eu.mobilisesme.webhook.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.webhook.domain.Delivery;
import eu.mobilisesme.webhook.domain.WebhookSecret;
import eu.mobilisesme.webhook.domain.WebhookSubscription;
import eu.mobilisesme.webhook.persistence.DeliveryLog;
import eu.mobilisesme.webhook.persistence.WebhookSubscriptionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Partner clients' webhook subscriptions and their delivery logs. A partner client manages its own subscriptions;
 * programme administrators may read and delete any. Another client's subscription does not exist for a partner (404).
 */
@ApplicationScoped
public class WebhookSubscriptions {

    static final String RESOURCE = "Webhook subscription";

    private final WebhookSubscriptionRepository repository;
    private final DeliveryLog deliveryLog;
    private final WebhookTargets targets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookSubscriptions(WebhookSubscriptionRepository repository, DeliveryLog deliveryLog, WebhookTargets targets,
            Clock clock) {
        this.repository = repository;
        this.deliveryLog = deliveryLog;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * Subscribes the partner client to {@code types} at {@code url}, with a new secret. The URL and the addresses its
     * host resolves to are checked before the transaction starts, so no connection waits on DNS.
     */
    public Uni<SubscriptionWithSecret> subscribe(Actor actor, String url, List<EventType> types) {
        return Uni.createFrom().voidItem().invoke(() -> requireScopesOf(actor, types))
                .flatMap(checkedScopes -> targets.checkForSubscription(actor.subject(), url))
                .flatMap(checkedUrl -> Panache.withTransaction(() -> store(actor, url.strip(), types)));
    }

    private Uni<SubscriptionWithSecret> store(Actor actor, String url, List<EventType> types) {
        WebhookSecret secret = WebhookSecret.generate(random);
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID(), actor.subject(), url,
                types.stream().map(EventType::wireName).toList(), secret, clock.instant());
        return repository.persist(subscription).map(saved -> new SubscriptionWithSecret(saved, secret));
    }

    @WithSession
    public Uni<WebhookSubscription> get(Actor actor, UUID id) {
        return visible(actor, id, LockModeType.NONE);
    }

    /** Newest first: a partner's own, or every client's for an administrator. */
    @WithSession
    public Uni<List<WebhookSubscription>> list(Actor actor, Cursor after, int limit) {
        return repository.findPage(actor.isAdmin() ? null : actor.subject(), after, limit);
    }

    /** Deactivates the subscription and fails the deliveries still waiting; deleting it again changes nothing. */
    @WithTransaction
    public Uni<Void> delete(Actor actor, UUID id) {
        return visible(actor, id, LockModeType.PESSIMISTIC_WRITE)
                .invoke(subscription -> subscription.deactivate(actor.subject(), clock.instant()))
                .call(subscription -> repository.failPendingDeliveries(id, "The subscription was deleted."))
                .call(repository::flush)
                .replaceWithVoid();
    }

    /** A new secret for what is sent from now on; 409 WEBHOOK_SUBSCRIPTION_INACTIVE for a deleted subscription. */
    @WithTransaction
    public Uni<SubscriptionWithSecret> rotateSecret(Actor actor, UUID id) {
        WebhookSecret secret = WebhookSecret.generate(random);
        return visible(actor, id, LockModeType.PESSIMISTIC_WRITE)
                .invoke(subscription -> subscription.rotateSecret(secret, actor.subject(), clock.instant()))
                .call(repository::flush)
                .map(subscription -> new SubscriptionWithSecret(subscription, secret));
    }

    /** The subscription's deliveries, newest first, with their attempts. */
    @WithSession
    public Uni<List<Delivery>> deliveries(Actor actor, UUID id, Cursor after, int limit) {
        return visible(actor, id, LockModeType.NONE).flatMap(subscription -> deliveryLog.findPage(id, after, limit));
    }

    /**
     * Makes the event due again for the subscription, at once and with a fresh 24-hour retry window; 404 when the
     * event does not exist or is not one the subscription may receive (its type, the client's scopes, its audience).
     */
    @WithSession
    public Uni<Delivery> redeliver(Actor actor, UUID id, UUID eventId) {
        return visible(actor, id, LockModeType.NONE)
                .invoke(WebhookSubscription::requireActive)
                .flatMap(subscription -> deliveryLog.redeliver(id, eventId))
                .map(delivery -> delivery.orElseThrow(() -> new ResourceNotFoundException("Event", eventId)))
                .flatMap(deliveryLog::find)
                .map(Optional::orElseThrow);
    }

    /** The subscription if the actor may see it: its own client, or an administrator; 404 otherwise. */
    private Uni<WebhookSubscription> visible(Actor actor, UUID id, LockModeType lock) {
        return repository.findById(id, lock)
                .map(subscription -> {
                    boolean maySee = subscription != null
                            && (actor.isAdmin() || subscription.getClientId().equals(actor.subject()));
                    if (!maySee) {
                        throw new ResourceNotFoundException(RESOURCE, id);
                    }
                    return subscription;
                });
    }

    /** A client hears only of what it may read: each type needs the scope of what it is about. */
    private static void requireScopesOf(Actor actor, List<EventType> types) {
        for (EventType type : types) {
            String scope = type.aggregateType().requiredScope();
            if (!actor.hasScope(scope)) {
                throw new BusinessRuleException("WEBHOOK_EVENT_SCOPE_MISSING", type.wireName() + " events need the "
                        + "scope " + scope + ", which your client lacks.");
            }
        }
    }
}
