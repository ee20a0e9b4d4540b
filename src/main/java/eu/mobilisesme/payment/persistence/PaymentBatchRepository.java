package eu.mobilisesme.payment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.payment.domain.AccountCopy;
import eu.mobilisesme.payment.domain.PaymentBatch;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PaymentBatchRepository implements PanacheRepositoryBase<PaymentBatch, UUID> {

    /**
     * Marks every approved payout of the payer exported into a new batch, and writes the batch with their number and
     * sum, in one statement: a payment approved meanwhile is either in the batch and its sums or in neither. Answers
     * false, and writes nothing, when there is nothing to export.
     */
    public Uni<Boolean> exportApproved(UUID batchId, UUID payerId, String messageId, LocalDate executionDate,
            AccountCopy debtor, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("with exported as ("
                + "update payment set status = 'EXPORTED', batch_id = :batch, version = version + 1, "
                + "updated_at = :at, updated_by = :by where payer_facilitator_id = :payer and status = 'APPROVED' "
                + "and instalment <> 'RECOVERY' returning amount) "
                + "insert into payment_batch (id, payer_facilitator_id, message_id, payment_count, control_sum, "
                + "requested_execution_date, debtor_name, debtor_iban, debtor_bic, created_at, created_by) "
                + "select :batch, :payer, :message, count(*), sum(amount), :execution, :debtorName, :debtorIban, "
                + ":debtorBic, :at, :by from exported having count(*) > 0")
                .setParameter("batch", batchId)
                .setParameter("payer", payerId)
                .setParameter("message", messageId)
                .setParameter("execution", executionDate)
                .setParameter("debtorName", debtor.name())
                .setParameter("debtorIban", debtor.iban())
                .setParameter("debtorBic", debtor.bic())
                .setParameter("at", at)
                .setParameter("by", actor.subject())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** One ledger entry per payment of the batch, as the export moves no money. */
    public Uni<Void> recordExport(UUID batchId, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("insert into ledger_entry "
                + "(budget_line_id, application_id, payment_id, entry_type, amount, committed_change, paid_change, "
                + "reason, recorded_by, recorded_role, recorded_at) select budget_line_id, application_id, id, "
                + "'PAYMENT_EXPORTED', amount, 0, 0, :reason, :by, :role, :at "
                + "from payment where batch_id = :batch")
                .setParameter("batch", batchId)
                .setParameter("reason", "In bank file " + batchId)
                .setParameter("by", actor.subject())
                .setParameter("role", actor.actingRole())
                .setParameter("at", at)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Records that a status report of the batch was imported; false if it had been already. */
    public Uni<Boolean> recordStatusReport(String messageId, UUID batchId, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("insert into payment_status_report "
                + "(message_id, batch_id, imported_at, imported_by) values (:message, :batch, :at, :by) "
                + "on conflict (batch_id, message_id) do nothing")
                .setParameter("message", messageId)
                .setParameter("batch", batchId)
                .setParameter("at", at)
                .setParameter("by", actor.subject())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
