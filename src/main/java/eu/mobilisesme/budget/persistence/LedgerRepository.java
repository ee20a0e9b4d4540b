package eu.mobilisesme.budget.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.budget.domain.LedgerEntry;
import eu.mobilisesme.budget.domain.LineReconciliation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The append-only ledger: entries are inserted, never changed (a trigger refuses updates and deletes). */
@ApplicationScoped
public class LedgerRepository {

    public Uni<Void> append(LedgerEntry entry) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("insert into ledger_entry "
                + "(budget_line_id, application_id, payment_id, entry_type, amount, committed_change, paid_change, "
                + "reason, recorded_by, recorded_role, recorded_at) values (:line, :application, :payment, :type, "
                + ":amount, :committed, :paid, :reason, :by, :role, :at)")
                .setParameter("line", entry.budgetLineId())
                .setParameter("application", entry.applicationId())
                .setParameter("payment", entry.paymentId())
                .setParameter("type", entry.type().name())
                .setParameter("amount", entry.amount())
                .setParameter("committed", entry.committedChange())
                .setParameter("paid", entry.paidChange())
                .setParameter("reason", entry.reason())
                .setParameter("by", entry.recordedBy())
                .setParameter("role", entry.recordedRole())
                .setParameter("at", entry.recordedAt())
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * For every line: its committed and paid amounts beside the sums of its ledger entries, and how many of its
     * mobilities hold a committed amount that differs from the sum of their own entries.
     */
    public Uni<List<LineReconciliation>> reconcile() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select l.id, l.code, l.amount, "
                + "l.committed, l.paid, coalesce(e.committed, 0), coalesce(e.paid, 0), "
                + "(select count(*) from mobility_grant g where g.budget_line_id = l.id and g.committed <> "
                + "  (select coalesce(sum(ge.committed_change), 0) from ledger_entry ge "
                + "   where ge.application_id = g.application_id)) "
                + "from budget_line l left join (select budget_line_id, sum(committed_change) committed, "
                + "  sum(paid_change) paid from ledger_entry group by budget_line_id) e on e.budget_line_id = l.id "
                + "order by l.priority, l.code", Object[].class)
                .getResultList())
                .map(rows -> rows.stream().map(LedgerRepository::reconciliation).toList());
    }

    private static LineReconciliation reconciliation(Object[] row) {
        return new LineReconciliation((UUID) row[0], (String) row[1], (BigDecimal) row[2], (BigDecimal) row[3],
                (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6], ((Number) row[7]).longValue());
    }
}
