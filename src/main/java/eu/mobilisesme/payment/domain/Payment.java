package eu.mobilisesme.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Euros;
import eu.mobilisesme.common.domain.GrantPayee;

/**
 * One instalment of a grant paid to its payee, or a recovery ordered back from it. Its amount never changes; its
 * status moves forward only, and each move is a ledger entry. A failed payment stays failed: it is issued again as a
 * new payment that names it.
 */
@Entity
@Table(name = "payment")
public class Payment extends AuditedEntity {

    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "budget_line_id")
    private UUID budgetLineId;
    @Column(name = "payer_facilitator_id")
    private UUID payerFacilitatorId;
    @Enumerated(EnumType.STRING)
    private Instalment instalment;
    private BigDecimal amount;
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind")
    private GrantPayee payeeKind;
    @Column(name = "payee_id")
    private UUID payeeId;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    @Column(name = "end_to_end_id")
    private String endToEndId;
    @Column(name = "reissue_of")
    private UUID reissueOf;
    @Column(name = "creditor_name")
    private String creditorName;
    @Column(name = "creditor_iban")
    private String creditorIban;
    @Column(name = "creditor_bic")
    private String creditorBic;
    @Column(name = "batch_id")
    private UUID batchId;
    @Column(name = "failure_code")
    private String failureCode;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by")
    private String approvedBy;

    protected Payment() {
    }

    /** A new pending payment of {@code instalment} of the grant; {@code reissueOf} names the failed one it replaces. */
    public Payment(UUID id, UUID applicationId, MobilityGrant grant, Instalment instalment, BigDecimal amount,
            UUID reissueOf, Actor actor, Instant at) {
        super(id, actor.subject(), at);
        this.applicationId = applicationId;
        this.budgetLineId = grant.getBudgetLineId();
        this.payerFacilitatorId = grant.getPayerFacilitatorId();
        this.instalment = instalment;
        this.amount = Euros.rounded(amount);
        this.currency = Euros.CURRENCY;
        this.payeeKind = grant.payee().kind();
        this.payeeId = grant.payee().id();
        this.status = PaymentStatus.PENDING;
        // The payment's id without dashes: 32 characters, within the 35 a bank file allows, and unique.
        this.endToEndId = id.toString().replace("-", "");
        this.reissueOf = reissueOf;
    }

    /**
     * The second pair of eyes: someone other than its creator approves the payment, and with it the account it goes
     * to (copied now, so a later change of account cannot redirect it). A recovery order has no creditor account.
     */
    public void approve(Actor actor, AccountCopy creditor, Instant at) {
        requireApprovableBy(actor);
        if (creditor != null) {
            creditorName = creditor.name();
            creditorIban = creditor.iban();
            creditorBic = creditor.bic();
        }
        status = PaymentStatus.APPROVED;
        approvedBy = actor.subject();
        approvedAt = at;
        touch(actor.subject(), at);
    }

    /** Fails unless the payment waits for approval (409) by someone other than its creator (403). */
    public void requireApprovableBy(Actor actor) {
        requireStatus(PaymentStatus.PENDING, "approved");
        if (actor.subject().equals(getCreatedBy())) {
            throw new AccessDeniedException("FOUR_EYES_REQUIRED",
                    "A payment is approved by someone other than the person who created it.");
        }
    }

    /** The bank reports the transfer done; answers whether that changed anything (a repeated report does not). */
    public boolean paid(Actor actor, Instant at) {
        if (status == PaymentStatus.PAID) {
            return false;
        }
        requireStatus(PaymentStatus.EXPORTED, "paid");
        status = PaymentStatus.PAID;
        touch(actor.subject(), at);
        return true;
    }

    /** The bank returned the transfer with {@code code} (e.g. AC04, closed account); false if already failed. */
    public boolean failed(String code, String reason, Actor actor, Instant at) {
        if (status == PaymentStatus.FAILED) {
            return false;
        }
        requireStatus(PaymentStatus.EXPORTED, "failed");
        status = PaymentStatus.FAILED;
        failureCode = code;
        failureReason = reason;
        touch(actor.subject(), at);
        return true;
    }

    /** The payee paid a recovery order back. */
    public void recovered(Actor actor, Instant at) {
        if (instalment != Instalment.RECOVERY) {
            throw new ConflictException("NOT_A_RECOVERY", "Only a recovery order is received back.");
        }
        requireStatus(PaymentStatus.APPROVED, "received");
        status = PaymentStatus.PAID;
        touch(actor.subject(), at);
    }

    /** Whether the payment has not gone to the bank yet, so that cancelling its mobility cancels it. */
    public boolean isCancellable() {
        return PaymentStatus.NOT_YET_EXPORTED.contains(status);
    }

    /** The mobility was cancelled before this payment went to the bank. */
    public void cancel(Actor actor, Instant at) {
        if (!isCancellable()) {
            throw new IllegalStateException("A payment that is " + status + " is with the bank");
        }
        status = PaymentStatus.CANCELLED;
        touch(actor.subject(), at);
    }

    /** Fails with 409 unless the payment failed: only a failed payment is issued again. */
    public void requireReissuable() {
        requireStatus(PaymentStatus.FAILED, "issued again");
    }

    private void requireStatus(PaymentStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException("ILLEGAL_PAYMENT_TRANSITION", "A payment that is " + status
                    + " cannot be " + action + ".", Map.of("currentStatus", status));
        }
    }

    /** What the payment adds to the money paid out or promised to the payee: recoveries count once received. */
    public BigDecimal paidOutIfLive() {
        if (instalment.isPayout()) {
            return PaymentStatus.LIVE.contains(status) ? amount : Euros.ZERO;
        }
        return status == PaymentStatus.PAID ? amount.negate() : Euros.ZERO;
    }

    public boolean isInFlight() {
        return PaymentStatus.NOT_YET_EXPORTED.contains(status) || status == PaymentStatus.EXPORTED;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getBudgetLineId() {
        return budgetLineId;
    }

    public UUID getPayerFacilitatorId() {
        return payerFacilitatorId;
    }

    public Instalment getInstalment() {
        return instalment;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Payee payee() {
        return new Payee(payeeKind, payeeId);
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getEndToEndId() {
        return endToEndId;
    }

    public UUID getReissueOf() {
        return reissueOf;
    }

    public AccountCopy creditorAccount() {
        return creditorIban == null ? null : new AccountCopy(creditorName, creditorIban, creditorBic);
    }

    public UUID getBatchId() {
        return batchId;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
