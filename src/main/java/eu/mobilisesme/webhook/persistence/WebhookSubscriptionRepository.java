package eu.mobilisesme.webhook.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.webhook.domain.WebhookSubscription;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** Newest first after {@code after}: a client's own subscriptions, or every client's for {@code clientId} null. */
    public Uni<List<WebhookSubscription>> findPage(String clientId, Cursor after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (clientId != null) {
            query.append(" and clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        if (after != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            parameters.and("afterAt", Instant.parse(after.sortKey())).and("afterId", after.id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }

    /**
     * Fails the subscription's deliveries that wait for an attempt, in the caller's transaction. One being sent now
     * ends as its attempt ends; if it would be retried, the dispatcher then fails it, as it sends nothing to a deleted
     * subscription.
     */
    public Uni<Integer> failPendingDeliveries(UUID subscriptionId, String reason) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("update webhook_delivery"
                + " set status = 'FAILED', last_error = :reason, completed_at = now()"
                + " where subscription_id = :subscription and status = 'PENDING'")
                .setParameter("reason", reason)
                .setParameter("subscription", subscriptionId)
                .executeUpdate());
    }
}
