package eu.mobilisesme.payment.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.payment.domain.Payment;
import eu.mobilisesme.payment.domain.PaymentStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

    /** Every payment of a mobility, oldest first: a handful at most. */
    public Uni<List<Payment>> findByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by createdAt, id", applicationId);
    }

    /**
     * The payments the actor may see, newest first after {@code after}, optionally in one status: all of them for an
     * administrator, those it pays for a facilitator, those of its mobilities for a company.
     */
    public Uni<List<Payment>> findPage(Actor actor, PaymentStatus status, Cursor after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!actor.isAdmin()) {
            query.append(" and (payerFacilitatorId = :facilitator or applicationId in "
                    + "(select g.id from MobilityGrant g where g.sendingSmeId = :sme))");
            parameters.and("facilitator", actor.facilitatorId().orElse(null)).and("sme", actor.smeId().orElse(null));
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            query.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            parameters.and("afterAt", Instant.parse(after.sortKey())).and("afterId", after.id());
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }

    /** The payments of a batch, locked: a report that rejects the whole file changes them all. */
    public Uni<List<Payment>> lockBatch(UUID batchId) {
        return find("batchId = ?1", batchId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The payments of a batch with these end-to-end ids, locked: a status report changes them. */
    public Uni<List<Payment>> lockInBatch(UUID batchId, List<String> endToEndIds) {
        return find("batchId = ?1 and endToEndId in ?2", batchId, endToEndIds)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
