package eu.mobilisesme.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.Euros;
import eu.mobilisesme.common.domain.GrantPayee;

/**
 * The grant of one approved mobility, reserved on one budget line and paid by the sending side's facilitator.
 * <p>
 * The line holds for the mobility what may still be paid out: the larger of what the payee is entitled to and what
 * live payments already promise, less what was paid. Every change of either recomputes that share, and the difference
 * is what the line (and the ledger) must move. A grant never grows after approval: the actual grant is capped at the
 * approved one, as the grant agreement's amount is a maximum in Erasmus+ practice.
 */
@Entity
@Table(name = "mobility_grant")
@AttributeOverride(name = "id", column = @Column(name = "application_id"))
public class MobilityGrant extends AuditedEntity {

    @Column(name = "budget_line_id")
    private UUID budgetLineId;
    @Column(name = "sending_sme_id")
    private UUID sendingSmeId;
    @Column(name = "payer_facilitator_id")
    private UUID payerFacilitatorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind")
    private GrantPayee payeeKind;
    @Column(name = "payee_id")
    private UUID payeeId;
    @Column(name = "prefinancing_percent")
    private int prefinancingPercent;
    @Column(name = "planned_calculation_id")
    private UUID plannedCalculationId;
    @Column(name = "actual_calculation_id")
    private UUID actualCalculationId;
    private BigDecimal entitlement;
    private BigDecimal committed;
    private BigDecimal paid;
    @Enumerated(EnumType.STRING)
    private GrantStage stage;

    protected MobilityGrant() {
    }

    /** The grant just reserved on {@code budgetLineId}: the whole planned amount is committed. */
    public MobilityGrant(UUID applicationId, UUID sendingSmeId, UUID budgetLineId, UUID payerFacilitatorId,
            Payee payee, int prefinancingPercent, UUID plannedCalculationId, BigDecimal plannedAmount, Actor actor,
            Instant at) {
        super(applicationId, actor.subject(), at);
        this.sendingSmeId = sendingSmeId;
        this.budgetLineId = budgetLineId;
        this.payerFacilitatorId = payerFacilitatorId;
        this.payeeKind = payee.kind();
        this.payeeId = payee.id();
        this.prefinancingPercent = prefinancingPercent;
        this.plannedCalculationId = plannedCalculationId;
        this.entitlement = plannedAmount;
        this.committed = plannedAmount;
        this.paid = Euros.ZERO;
        this.stage = GrantStage.COMMITTED;
    }

    public void stayStarted(Actor actor, Instant at) {
        moveTo(GrantStage.STAY_STARTED, actor, at);
    }

    /** The grant on the actual dates, never above the approved one; answers the committed change for the line. */
    public BigDecimal stayEnded(UUID actualCalculationId, BigDecimal actualAmount, BigDecimal livePaidOut, Actor actor,
            Instant at) {
        this.actualCalculationId = actualCalculationId;
        this.entitlement = actualAmount.min(entitlement);
        moveTo(GrantStage.STAY_ENDED, actor, at);
        return rebalance(livePaidOut);
    }

    public void reportsIn(Actor actor, Instant at) {
        moveTo(GrantStage.REPORTED, actor, at);
    }

    /** Cancelled or withdrawn: the payee keeps what it was paid; answers the committed change (a release). */
    public BigDecimal release(BigDecimal livePaidOut, Actor actor, Instant at) {
        this.entitlement = paid;
        moveTo(GrantStage.RELEASED, actor, at);
        return rebalance(livePaidOut);
    }

    /** Fails with 422 {@code MONEY_NOT_SETTLED} unless the payee got exactly what it is entitled to. */
    public void close(boolean paymentsInFlight, Actor actor, Instant at) {
        if (paymentsInFlight || paid.compareTo(entitlement) != 0) {
            throw new BusinessRuleException("MONEY_NOT_SETTLED", "The grant is EUR " + Euros.format(entitlement)
                    + " and EUR " + Euros.format(paid) + " was paid" + (paymentsInFlight ? ", with payments open" : "")
                    + "; pay the balance or recover the difference before closing.");
        }
        moveTo(GrantStage.CLOSED, actor, at);
    }

    /** Money went to the payee ({@code amount} > 0) or came back from it (< 0); answers the committed change. */
    public BigDecimal paid(BigDecimal amount, BigDecimal livePaidOut, Actor actor, Instant at) {
        this.paid = paid.add(amount);
        touch(actor.subject(), at);
        return rebalance(livePaidOut);
    }

    /** Live payments changed (one failed, or was cancelled or issued); answers the committed change. */
    public BigDecimal paymentsChanged(BigDecimal livePaidOut, Actor actor, Instant at) {
        touch(actor.subject(), at);
        return rebalance(livePaidOut);
    }

    /**
     * What is due for {@code instalment} now, given what live payments already pay out (net of recoveries); fails
     * with 422 {@code INSTALMENT_NOT_DUE} before its time and {@code NOTHING_DUE} when it comes to nothing.
     */
    public BigDecimal due(Instalment instalment, BigDecimal livePaidOut) {
        if (!isDue(instalment)) {
            throw new BusinessRuleException("INSTALMENT_NOT_DUE", instalment + " is not due while the grant is "
                    + stage + ": pre-financing once the arrival is confirmed and until the final reports are in, "
                    + "then the balance or a recovery.");
        }
        BigDecimal amount = amountOf(instalment, livePaidOut);
        if (amount.signum() <= 0) {
            throw new BusinessRuleException("NOTHING_DUE", "No " + instalment + " is due: the grant is EUR "
                    + Euros.format(entitlement) + " and live payments pay out EUR " + Euros.format(livePaidOut) + ".");
        }
        return amount;
    }

    /**
     * Whether {@code instalment} may be paid now: pre-financing while the stay runs or its reports are awaited; once
     * they are in, the balance (or a recovery) settles everything, pre-financing included.
     */
    public boolean isDue(Instalment instalment) {
        return switch (instalment) {
            case PRE_FINANCING -> stage == GrantStage.STAY_STARTED || stage == GrantStage.STAY_ENDED;
            case BALANCE, RECOVERY -> stage == GrantStage.REPORTED;
        };
    }

    /** The amount of {@code instalment} (zero or less when there is nothing to pay or recover). */
    public BigDecimal amountOf(Instalment instalment, BigDecimal livePaidOut) {
        return switch (instalment) {
            case PRE_FINANCING -> Euros.rounded(entitlement.multiply(BigDecimal.valueOf(prefinancingPercent))
                    .movePointLeft(2));
            case BALANCE -> entitlement.subtract(livePaidOut);
            case RECOVERY -> livePaidOut.subtract(entitlement);
        };
    }

    /** The line's share for this mobility, recomputed; answers how much it changed. */
    private BigDecimal rebalance(BigDecimal livePaidOut) {
        BigDecimal share = entitlement.max(livePaidOut).subtract(paid).max(Euros.ZERO);
        BigDecimal change = share.subtract(committed);
        committed = share;
        return change;
    }

    private void moveTo(GrantStage next, Actor actor, Instant at) {
        stage = next;
        touch(actor.subject(), at);
    }

    public UUID getSendingSmeId() {
        return sendingSmeId;
    }

    public UUID getBudgetLineId() {
        return budgetLineId;
    }

    public UUID getPayerFacilitatorId() {
        return payerFacilitatorId;
    }

    public Payee payee() {
        return new Payee(payeeKind, payeeId);
    }

    public int getPrefinancingPercent() {
        return prefinancingPercent;
    }

    public UUID getPlannedCalculationId() {
        return plannedCalculationId;
    }

    public UUID getActualCalculationId() {
        return actualCalculationId;
    }

    public BigDecimal getEntitlement() {
        return entitlement;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public GrantStage getStage() {
        return stage;
    }
}
