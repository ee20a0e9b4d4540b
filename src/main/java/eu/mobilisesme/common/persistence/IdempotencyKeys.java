package eu.mobilisesme.common.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.IdempotentRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Idempotency keys of requests that create something, kept in the database so that every service instance sees them.
 * The key is claimed in the transaction that creates the resource: a concurrent request with the same key waits on
 * the key's unique index until that transaction ends, then finds the key taken and answers with what it created. If
 * the first transaction rolls back, its claim goes with it and the next request may try again.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /**
     * Claims the key for {@code resourceId}: empty when this request is the first with it (go on and create the
     * resource); otherwise the id of what the first request created. The same key with another request is 422
     * {@code IDEMPOTENCY_KEY_REUSED}.
     */
    public Uni<Optional<UUID>> claim(IdempotentRequest request, UUID resourceId, int responseStatus, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("insert into idempotency_key "
                + "(subject, idempotency_key, operation, request_digest, resource_id, response_status, created_at) "
                + "values (:subject, :key, :operation, :digest, :resource, :status, :at) "
                + "on conflict (subject, idempotency_key) do nothing")
                .setParameter("subject", request.subject())
                .setParameter("key", request.key())
                .setParameter("operation", request.operation())
                .setParameter("digest", request.digest())
                .setParameter("resource", resourceId)
                .setParameter("status", responseStatus)
                .setParameter("at", at)
                .executeUpdate()
                .flatMap(inserted -> inserted == 1 ? Uni.createFrom().item(Optional.<UUID>empty())
                        : earlier(session, request).map(Optional::of)));
    }

    private static Uni<UUID> earlier(Mutiny.Session session,
            IdempotentRequest request) {
        return session.createNativeQuery("select operation, request_digest, resource_id from idempotency_key "
                + "where subject = :subject and idempotency_key = :key", Object[].class)
                .setParameter("subject", request.subject())
                .setParameter("key", request.key())
                .getSingleResult()
                .map(row -> {
                    if (!request.operation().equals(row[0]) || !request.digest().equals(row[1])) {
                        throw new BusinessRuleException("IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used "
                                + "for a different request; use a new key for a new request.");
                    }
                    return (UUID) row[2];
                });
    }
}
