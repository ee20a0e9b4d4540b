package eu.mobilisesme.payment.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.bankaccount.service.AccountOwner;
import eu.mobilisesme.bankaccount.service.BankAccounts;
import eu.mobilisesme.common.domain.LedgerEntryType;
import eu.mobilisesme.budget.service.Ledger;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.Euros;
import eu.mobilisesme.common.domain.IdempotentRequest;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.persistence.IdempotencyKeys;
import eu.mobilisesme.common.persistence.UniqueViolations;
import eu.mobilisesme.payment.domain.AccountCopy;
import eu.mobilisesme.payment.domain.Instalment;
import eu.mobilisesme.payment.domain.MobilityGrant;
import eu.mobilisesme.payment.domain.Payment;
import eu.mobilisesme.payment.domain.PaymentStatus;
import eu.mobilisesme.payment.persistence.MobilityGrantRepository;
import eu.mobilisesme.payment.persistence.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Payments of grants: created by the paying facilitator for what is due, approved by a second person, and moved on
 * by bank files and status reports. Creating is idempotent by key; every change is a ledger entry.
 */
@ApplicationScoped
public class Payments {

    static final String RESOURCE = "Payment";
    static final String GRANT = "Grant of mobility application";

    private final PaymentRepository payments;
    private final MobilityGrantRepository grants;
    private final IdempotencyKeys idempotencyKeys;
    private final BankAccounts bankAccounts;
    private final Payers payers;
    private final Ledger ledger;
    private final PaymentEvents events;
    private final Clock clock;

    public Payments(PaymentRepository payments, MobilityGrantRepository grants, IdempotencyKeys idempotencyKeys,
            BankAccounts bankAccounts, Payers payers, Ledger ledger, PaymentEvents events, Clock clock) {
        this.payments = payments;
        this.grants = grants;
        this.idempotencyKeys = idempotencyKeys;
        this.bankAccounts = bankAccounts;
        this.payers = payers;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** A payment is created and what was created; {@code created} is false when the key was used before. */
    public record Outcome(Payment payment, boolean created) {
    }

    /**
     * Creates the payment of what is due for {@code instalment} of the mobility's grant, once per idempotency key:
     * a repeat of the request answers with the payment the first one created.
     */
    @WithTransaction
    public Uni<Outcome> create(Actor actor, IdempotentRequest request, UUID applicationId, Instalment instalment) {
        UUID id = UUID.randomUUID();
        return once(actor, request, id, () -> grants.findById(applicationId, LockModeType.PESSIMISTIC_WRITE)
                .invoke(grant -> PaymentAccess.requirePayer(actor, grant, GRANT, applicationId))
                .call(grant -> payers.requireActive(grant.getPayerFacilitatorId()))
                .flatMap(grant -> payments.findByApplication(applicationId).flatMap(all -> issue(actor, grant,
                        new Payment(id, applicationId, grant, instalment,
                                grant.due(instalment, MobilityGrants.paidOut(all)), null, actor, clock.instant()),
                        all, "Created"))));
    }

    /**
     * Issues a failed payment again, as a new payment that names it, for what its instalment comes to now (the grant
     * may have been recalculated since); idempotent by key.
     */
    @WithTransaction
    public Uni<Outcome> reissue(Actor actor, IdempotentRequest request, UUID failedId, String note) {
        UUID id = UUID.randomUUID();
        return once(actor, request, id, () -> lockedPayment(failedId).flatMap(failed -> lockedGrant(failed)
                .invoke(grant -> PaymentAccess.requirePayer(actor, grant, RESOURCE, failedId))
                .call(grant -> payers.requireActive(grant.getPayerFacilitatorId()))
                .invoke(grant -> failed.requireReissuable())
                .flatMap(grant -> payments.findByApplication(failed.getApplicationId()).flatMap(all -> issue(actor,
                        grant, new Payment(id, failed.getApplicationId(), grant, failed.getInstalment(),
                                grant.due(failed.getInstalment(), MobilityGrants.paidOut(all)), failed.getId(), actor,
                                clock.instant()),
                        all, reason("Re-issue of failed payment " + failed.getId(), note))))));
    }

    /** Four eyes: someone other than its creator approves the payment and the account it will go to. */
    @WithTransaction
    public Uni<Payment> approve(Actor actor, UUID id, String note) {
        return lockedPayment(id).call(payment -> lockedGrant(payment)
                .invoke(grant -> PaymentAccess.requirePayer(actor, grant, RESOURCE, id))
                .call(grant -> payers.requireActive(grant.getPayerFacilitatorId()))
                .invoke(grant -> payment.requireApprovableBy(actor))
                .flatMap(grant -> creditorOf(payment))
                .invoke(creditor -> payment.approve(actor, creditor, clock.instant()))
                .call(creditor -> payments.flush())
                .call(creditor -> ledger.record(MobilityGrants.movementOf(payment, LedgerEntryType.PAYMENT_APPROVED,
                        Euros.ZERO, Euros.ZERO, reason("Approved", note)), actor)));
    }

    /** The payee paid a recovery order back: the line's paid amount goes down by it. */
    @WithTransaction
    public Uni<Payment> received(Actor actor, UUID id, String note) {
        return lockedPayment(id).call(payment -> lockedGrant(payment)
                .invoke(grant -> PaymentAccess.requirePayer(actor, grant, RESOURCE, id))
                .call(grant -> payers.requireActive(grant.getPayerFacilitatorId()))
                .flatMap(grant -> {
                    payment.recovered(actor, clock.instant());
                    return payments.findByApplication(payment.getApplicationId()).flatMap(all -> {
                        BigDecimal change = grant.paid(payment.getAmount().negate(), MobilityGrants.paidOut(all),
                                actor, clock.instant());
                        return ledger.record(MobilityGrants.movementOf(payment, LedgerEntryType.RECOVERY_RECEIVED,
                                change, payment.getAmount().negate(), reason("Recovery received", note)), actor);
                    });
                }))
                .call(payment -> events.settled(List.of(payment)));
    }

    @WithSession
    public Uni<Payment> get(Actor actor, UUID id) {
        return payments.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id))
                .call(payment -> grants.findById(payment.getApplicationId())
                        .invoke(grant -> PaymentAccess.requireReader(actor, grant, RESOURCE, id)));
    }

    @WithSession
    public Uni<List<Payment>> list(Actor actor, PaymentStatus status, Cursor after, int limit) {
        return payments.findPage(actor, status, after, limit);
    }

    /** The ledger's reason for a step: what happened, and the note of the person who took it, if any. */
    private static String reason(String what, String note) {
        return note == null || note.isBlank() ? what : what + ": " + note.strip();
    }

    /**
     * Creates once per key. A repeat answers with what the first request created, if the caller may still move that
     * payment's money: a key does not outlive the caller's part (404 or 403, as a new request would get).
     */
    private Uni<Outcome> once(Actor actor, IdempotentRequest request, UUID id, Supplier<Uni<Payment>> create) {
        return idempotencyKeys.claim(request, id, 201, clock.instant()).flatMap(earlier -> earlier.isPresent()
                ? payments.findById(earlier.get()).call(payment -> grants.findById(payment.getApplicationId())
                        .invoke(grant -> PaymentAccess.requirePayer(actor, grant, RESOURCE, payment.getId())))
                        .map(payment -> new Outcome(payment, false))
                : create.get().map(payment -> new Outcome(payment, true)));
    }

    /** Persists a new payment; its promise to pay out may need more of the line (a pre-financing after a cut). */
    private Uni<Payment> issue(Actor actor, MobilityGrant grant, Payment payment, List<Payment> earlier,
            String reason) {
        BigDecimal change = grant.paymentsChanged(MobilityGrants.paidOut(earlier).add(payment.paidOutIfLive()), actor,
                clock.instant());
        return payments.persist(payment).call(payments::flush)
                .onFailure(failure -> UniqueViolations.of(failure, "payment_live_instalment_ux"))
                .transform(duplicate -> new ConflictException("INSTALMENT_ALREADY_ISSUED", "The mobility has a "
                        + payment.getInstalment() + " payment that is live; a failed one can be issued again."))
                .call(() -> ledger.record(MobilityGrants.movementOf(payment, LedgerEntryType.PAYMENT_CREATED, change,
                        Euros.ZERO, reason), actor));
    }

    private Uni<AccountCopy> creditorOf(Payment payment) {
        if (!payment.getInstalment().isPayout()) {
            return Uni.createFrom().nullItem();
        }
        UUID payee = payment.payee().id();
        AccountOwner owner = switch (payment.payee().kind()) {
            case SENDING_SME -> AccountOwner.sme(payee);
            case PARTICIPANT -> AccountOwner.participant(payee);
        };
        return bankAccounts.activeAccount(owner)
                .map(account -> new AccountCopy(account.holderName(), account.iban(), account.bic()));
    }

    private Uni<Payment> lockedPayment(UUID id) {
        return payments.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    private Uni<MobilityGrant> lockedGrant(Payment payment) {
        return grants.findById(payment.getApplicationId(), LockModeType.PESSIMISTIC_WRITE);
    }
}
