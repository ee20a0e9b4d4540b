package eu.mobilisesme.payment.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.bankaccount.service.AccountOwner;
import eu.mobilisesme.bankaccount.service.BankAccounts;
import eu.mobilisesme.common.domain.LedgerEntryType;
import eu.mobilisesme.budget.service.Ledger;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.Euros;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.payment.bankfile.StatusReport;
import eu.mobilisesme.payment.bankfile.TransactionStatus;
import eu.mobilisesme.payment.domain.AccountCopy;
import eu.mobilisesme.payment.domain.MobilityGrant;
import eu.mobilisesme.payment.domain.Payment;
import eu.mobilisesme.payment.domain.PaymentBatch;
import eu.mobilisesme.payment.persistence.MobilityGrantRepository;
import eu.mobilisesme.payment.persistence.PaymentBatchRepository;
import eu.mobilisesme.payment.persistence.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Bank files: a paying facilitator exports its approved payments as one batch, and imports the bank's status
 * reports, which mark them paid or failed.
 */
@ApplicationScoped
public class PaymentBatches {

    static final String RESOURCE = "Payment batch";

    /** Transaction statuses of a pain.002 that mean the money reached the creditor's bank (ISO 20022 codes). */
    private static final Set<String> SETTLED = Set.of("ACSC", "ACCC");
    private static final String REJECTED = "RJCT";

    private final PaymentBatchRepository batches;
    private final PaymentRepository payments;
    private final MobilityGrantRepository grants;
    private final BankAccounts bankAccounts;
    private final Payers payers;
    private final Ledger ledger;
    private final PaymentEvents events;
    private final Clock clock;

    public PaymentBatches(PaymentBatchRepository batches, PaymentRepository payments, MobilityGrantRepository grants,
            BankAccounts bankAccounts, Payers payers, Ledger ledger, PaymentEvents events, Clock clock) {
        this.batches = batches;
        this.payments = payments;
        this.grants = grants;
        this.bankAccounts = bankAccounts;
        this.payers = payers;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** What importing a status report changed. */
    public record ImportResult(String messageId, boolean alreadyImported, int paid, int failed, int unchanged,
            List<String> unknownEndToEndIds) {
    }

    /**
     * Puts every approved payment of the actor's facilitator into a new batch, paid from the facilitator's account
     * on {@code executionDate} (today when null); 422 {@code NOTHING_TO_EXPORT} when there is none.
     */
    @WithTransaction
    public Uni<PaymentBatch> export(Actor actor, LocalDate executionDate) {
        UUID payerId = actor.facilitatorId().orElseThrow(
                () -> new AccessDeniedException("Only a paying facilitator exports its payments."));
        LocalDate today = ProgrammeCalendar.today(clock);
        LocalDate executeOn = executionDate == null ? today : executionDate;
        if (executeOn.isBefore(today)) {
            throw new BusinessRuleException("EXECUTION_DATE_IN_PAST",
                    "A bank cannot execute a transfer on " + executeOn + ", before today.");
        }
        UUID id = UUID.randomUUID();
        return payers.requireActive(payerId).flatMap(active -> bankAccounts.activeAccount(
                AccountOwner.facilitator(payerId)))
                .map(account -> new AccountCopy(account.holderName(), account.iban(), account.bic()))
                .flatMap(debtor -> batches.exportApproved(id, payerId, messageId(id), executeOn, debtor, actor,
                        clock.instant()))
                .invoke(exported -> {
                    if (!exported) {
                        throw new BusinessRuleException("NOTHING_TO_EXPORT",
                                "There is no approved payment to put into a bank file.");
                    }
                })
                .call(() -> batches.recordExport(id, actor, clock.instant()))
                .flatMap(exported -> batches.findById(id));
    }

    @WithSession
    public Uni<PaymentBatch> get(Actor actor, UUID id) {
        return batches.findById(id).invoke(batch -> requireReader(actor, batch, id));
    }

    /**
     * Imports the bank's status report of the batch once: settled payments become paid, rejected ones failed with
     * the bank's reason code, each with its event; a report imported before changes nothing.
     */
    @WithTransaction
    public Uni<ImportResult> importStatusReport(Actor actor, UUID batchId, StatusReport report) {
        return batches.findById(batchId, LockModeType.PESSIMISTIC_WRITE)
                .invoke(batch -> requirePayer(actor, batch, batchId))
                .invoke(batch -> {
                    if (!batch.getMessageId().equals(report.originalMessageId())) {
                        throw new BusinessRuleException("REPORT_NOT_FOR_BATCH", "The report answers message "
                                + report.originalMessageId() + "; this batch was sent as " + batch.getMessageId()
                                + ".");
                    }
                })
                .flatMap(batch -> batches.recordStatusReport(report.messageId(), batchId, actor, clock.instant()))
                .flatMap(first -> first ? apply(actor, batchId, report)
                        : Uni.createFrom().item(new ImportResult(report.messageId(), true, 0, 0, 0, List.of())));
    }

    /**
     * Applies each transaction's status; a report that rejects the whole file (group status RJCT) and names no
     * transaction fails every payment of the batch.
     */
    private Uni<ImportResult> apply(Actor actor, UUID batchId, StatusReport report) {
        if (report.transactions().isEmpty() && REJECTED.equals(report.groupStatus())) {
            return payments.lockBatch(batchId).flatMap(all -> apply(actor, report, all, all.stream()
                    .collect(Collectors.toMap(Payment::getEndToEndId,
                            payment -> new TransactionStatus(payment.getEndToEndId(), REJECTED, null)))));
        }
        Map<String, TransactionStatus> statuses = report.transactions().stream()
                .collect(Collectors.toMap(TransactionStatus::originalEndToEndId, Function.identity(), (a, b) -> b));
        return payments.lockInBatch(batchId, List.copyOf(statuses.keySet()))
                .flatMap(found -> apply(actor, report, found, statuses));
    }

    private Uni<ImportResult> apply(Actor actor, StatusReport report, List<Payment> found,
            Map<String, TransactionStatus> byEndToEndId) {
        Map<String, TransactionStatus> statuses = new HashMap<>(byEndToEndId);
        Counts counts = new Counts();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Payment payment : found) {
            TransactionStatus status = statuses.remove(payment.getEndToEndId());
            all = all.call(() -> applyTo(actor, payment, status, counts));
        }
        List<String> unknown = new ArrayList<>(statuses.keySet());
        return all.call(() -> events.settled(counts.settled)).map(done -> new ImportResult(report.messageId(), false,
                counts.paid, counts.failed, counts.unchanged + unknown.size(),
                unknown.stream().sorted().limit(100).toList()));
    }

    private Uni<Void> applyTo(Actor actor, Payment payment, TransactionStatus status, Counts counts) {
        boolean settled = SETTLED.contains(status.status());
        boolean rejected = REJECTED.equals(status.status());
        if (!settled && !rejected) {
            counts.unchanged++;
            return Uni.createFrom().voidItem();
        }
        return grants.findById(payment.getApplicationId(), LockModeType.PESSIMISTIC_WRITE)
                .flatMap(grant -> payments.findByApplication(payment.getApplicationId()).flatMap(all -> {
                    boolean changed = settled ? payment.paid(actor, clock.instant())
                            : payment.failed(status.reasonCode(), "Returned by the bank", actor, clock.instant());
                    if (!changed) {
                        counts.unchanged++;
                        return Uni.createFrom().voidItem();
                    }
                    return settled ? recordPaid(actor, grant, payment, all, counts)
                            : recordFailed(actor, grant, payment, all, counts);
                }));
    }

    private Uni<Void> recordPaid(Actor actor, MobilityGrant grant, Payment payment, List<Payment> all,
            Counts counts) {
        counts.paid++;
        counts.settled.add(payment);
        var change = grant.paid(payment.getAmount(), MobilityGrants.paidOut(all), actor, clock.instant());
        return ledger.record(MobilityGrants.movementOf(payment, LedgerEntryType.PAYMENT_PAID, change,
                payment.getAmount(), "Paid, as the bank reports"), actor);
    }

    private Uni<Void> recordFailed(Actor actor, MobilityGrant grant, Payment payment, List<Payment> all,
            Counts counts) {
        counts.failed++;
        counts.settled.add(payment);
        var change = grant.paymentsChanged(MobilityGrants.paidOut(all), actor, clock.instant());
        return ledger.record(MobilityGrants.movementOf(payment, LedgerEntryType.PAYMENT_FAILED, change, Euros.ZERO,
                "Returned by the bank: " + payment.getFailureCode()), actor);
    }

    /** Tallies of one import, and the payments it paid or failed; the chain that fills it runs one step at a time. */
    private static final class Counts {
        private int paid;
        private int failed;
        private int unchanged;
        private final List<Payment> settled = new ArrayList<>();
    }

    /** The message id of a batch's file: its id without dashes, 32 of the 35 characters ISO 20022 allows. */
    private static String messageId(UUID batchId) {
        return batchId.toString().replace("-", "");
    }

    private static void requireReader(Actor actor, PaymentBatch batch, UUID id) {
        PaymentAccess.requireBatchReader(actor, batch == null ? null : batch.getPayerFacilitatorId(), id);
    }

    private static void requirePayer(Actor actor, PaymentBatch batch, UUID id) {
        requireReader(actor, batch, id);
        if (!actor.actsForFacilitator(batch.getPayerFacilitatorId())) {
            throw new AccessDeniedException("Only the paying facilitator imports its bank's reports.");
        }
    }
}
