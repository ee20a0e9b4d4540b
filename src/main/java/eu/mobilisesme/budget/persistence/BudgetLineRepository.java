package eu.mobilisesme.budget.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.budget.domain.BudgetLine;
import eu.mobilisesme.common.domain.Cursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BudgetLineRepository implements PanacheRepositoryBase<BudgetLine, UUID> {

    /**
     * Moves the line's committed and paid amounts in one conditional update, which holds the row lock until the
     * transaction ends: concurrent approvals on any number of service instances queue on the row, and each sees the
     * amounts the previous one left. False, and nothing changed, when the line cannot take the movement.
     */
    public Uni<Boolean> move(UUID lineId, BigDecimal committedChange, BigDecimal paidChange) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("update budget_line set "
                + "committed = committed + :committed, paid = paid + :paid, version = version + 1 "
                + "where id = :id and committed + paid + :committed + :paid <= amount "
                + "and committed + :committed >= 0 and paid + :paid >= 0")
                .setParameter("committed", committedChange)
                .setParameter("paid", paidChange)
                .setParameter("id", lineId)
                .executeUpdate())
                .map(updated -> updated == 1);
    }

    /** The lines of a call in the order approvals try them: by priority, then code. */
    public Uni<List<BudgetLine>> findByCall(UUID callId) {
        return list("callId = ?1 order by priority, code", callId);
    }

    /** Lines in code order after {@code after}. */
    public Uni<List<BudgetLine>> findPage(Cursor after, int limit) {
        return (after == null ? find("order by code") : find("code > ?1 order by code", after.sortKey()))
                .range(0, limit - 1).list();
    }
}
