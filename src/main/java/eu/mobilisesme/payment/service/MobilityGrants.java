package eu.mobilisesme.payment.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.LedgerEntryType;
import eu.mobilisesme.budget.service.Movement;
import eu.mobilisesme.budget.service.BudgetLines;
import eu.mobilisesme.budget.service.Ledger;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.DatePeriod;
import eu.mobilisesme.common.domain.Euros;
import eu.mobilisesme.grant.service.CalculatedGrant;
import eu.mobilisesme.grant.service.GrantCalculations;
import eu.mobilisesme.payment.domain.Instalment;
import eu.mobilisesme.payment.domain.MobilityGrant;
import eu.mobilisesme.payment.domain.Payee;
import eu.mobilisesme.payment.domain.Payment;
import eu.mobilisesme.payment.domain.PaymentStatus;
import eu.mobilisesme.payment.persistence.MobilityGrantRepository;
import eu.mobilisesme.payment.persistence.PaymentRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The grant of a mobility through the steps of its application. Each method runs in the transaction of the step
 * that calls it, so an approval commits its grant or changes nothing, and a departure recalculates it or is not
 * confirmed. Applications approved before grants existed have none; their steps find nothing to do.
 */
@ApplicationScoped
public class MobilityGrants {

    private final MobilityGrantRepository grants;
    private final PaymentRepository payments;
    private final GrantCalculations calculations;
    private final BudgetLines budgetLines;
    private final Ledger ledger;
    private final Clock clock;

    public MobilityGrants(MobilityGrantRepository grants, PaymentRepository payments,
            GrantCalculations calculations, BudgetLines budgetLines, Ledger ledger, Clock clock) {
        this.grants = grants;
        this.payments = payments;
        this.calculations = calculations;
        this.budgetLines = budgetLines;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Computes the grant on the planned dates with the rate table in force on the approval day, and reserves it on
     * the chosen line, or the first eligible line with room: 422 {@code BUDGET_EXHAUSTED} when none has.
     */
    public Uni<Void> commit(GrantRequest request, Actor actor) {
        return calculations.calculate(request.hostCountry(), request.plannedStay(), request.disability(),
                request.approvedOn())
                .flatMap(calculated -> budgetLines.reserve(request.budgetLineId(), request.callId(),
                        request.sendingCountry(), lineId -> new Movement(lineId, request.applicationId(), null,
                                LedgerEntryType.GRANT_COMMITTED, calculated.amount(), calculated.amount(), Euros.ZERO,
                                "Grant on the planned dates"), actor)
                        .flatMap(lineId -> grants.persist(new MobilityGrant(request.applicationId(),
                                request.sendingSmeId(), lineId, request.payerFacilitatorId(),
                                new Payee(request.payeeKind(), request.payeeId()), request.prefinancingPercent(),
                                calculated.calculationId(), calculated.amount(), actor, clock.instant()))))
                .replaceWithVoid();
    }

    /** The arrival is confirmed: pre-financing is due. */
    public Uni<Void> stayStarted(UUID applicationId, Actor actor) {
        return withGrant(applicationId, grant -> {
            grant.stayStarted(actor, clock.instant());
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The departure is confirmed: the grant is recalculated on the actual dates with the table it was committed
     * under, and the line releases what the mobility no longer needs.
     */
    public Uni<Void> stayEnded(UUID applicationId, List<DatePeriod> actualStay, Actor actor) {
        return withGrant(applicationId, grant -> calculations.recalculate(grant.getPlannedCalculationId(),
                actualStay)
                .flatMap(actual -> payments.findByApplication(applicationId).flatMap(all -> {
                    BigDecimal change = grant.stayEnded(actual.calculationId(), actual.amount(), paidOut(all), actor,
                            clock.instant());
                    return ledger.record(movement(grant, LedgerEntryType.GRANT_RECALCULATED, actual.amount(),
                            change, "Grant on the actual dates"), actor);
                })));
    }

    /** The final reports are in: the balance, or a recovery, is due. */
    public Uni<Void> reportsIn(UUID applicationId, Actor actor) {
        return withGrant(applicationId, grant -> {
            grant.reportsIn(actor, clock.instant());
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The mobility was cancelled or withdrawn: payments not yet sent to the bank are cancelled and the line gets back
     * what was not paid (payments already with the bank stay reserved until the bank answers).
     */
    public Uni<Void> release(UUID applicationId, String reason, Actor actor) {
        return withGrant(applicationId, grant -> payments.findByApplication(applicationId).flatMap(all -> {
            List<Payment> cancelled = all.stream().filter(Payment::isCancellable).toList();
            cancelled.forEach(payment -> payment.cancel(actor, clock.instant()));
            BigDecimal change = grant.release(paidOut(all), actor, clock.instant());
            return recordEach(cancelled, payment -> movementOf(payment, LedgerEntryType.PAYMENT_CANCELLED,
                    Euros.ZERO, Euros.ZERO, reason), actor)
                    .call(() -> ledger.record(movement(grant, LedgerEntryType.GRANT_RELEASED,
                            change.negate(), change, reason), actor));
        }));
    }

    /** Closing needs the money settled: 422 {@code MONEY_NOT_SETTLED} otherwise. */
    public Uni<Void> close(UUID applicationId, Actor actor) {
        return withGrant(applicationId, grant -> payments.findByApplication(applicationId).invoke(all -> grant.close(
                all.stream().anyMatch(Payment::isInFlight), actor, clock.instant())).replaceWithVoid());
    }

    /** The grant of a mobility, how it was computed, its payments and what is due now. */
    public record Statement(MobilityGrant grant, CalculatedGrant planned, CalculatedGrant actual,
            List<Payment> payments, Map<Instalment, BigDecimal> dueNow) {
    }

    /** The statement of a mobility's grant, for its readers (404 for anyone else, and when there is no grant). */
    @WithSession
    public Uni<Statement> statement(Actor actor, UUID applicationId) {
        return grants.findById(applicationId)
                .invoke(grant -> PaymentAccess.requireReader(actor, grant, Payments.GRANT, applicationId))
                .flatMap(grant -> calculations.find(grant.getPlannedCalculationId())
                        .flatMap(planned -> (grant.getActualCalculationId() == null ? Uni.createFrom()
                                .<CalculatedGrant>nullItem() : calculations.find(grant.getActualCalculationId()))
                                .flatMap(actual -> payments.findByApplication(applicationId)
                                        .map(all -> new Statement(grant, planned, actual, all, dueNow(grant, all))))));
    }

    /** The instalments the paying facilitator may issue now: due, not nothing, and without a live payment. */
    private static Map<Instalment, BigDecimal> dueNow(MobilityGrant grant, List<Payment> payments) {
        BigDecimal paidOut = paidOut(payments);
        Map<Instalment, BigDecimal> due = new EnumMap<>(Instalment.class);
        for (Instalment instalment : Instalment.values()) {
            BigDecimal amount = grant.amountOf(instalment, paidOut);
            boolean issued = payments.stream().anyMatch(payment -> payment.getInstalment() == instalment
                    && PaymentStatus.LIVE.contains(payment.getStatus()));
            if (grant.isDue(instalment) && amount.signum() > 0 && !issued) {
                due.put(instalment, amount);
            }
        }
        return due;
    }

    private Uni<Void> withGrant(UUID applicationId, Function<MobilityGrant, Uni<Void>> change) {
        return grants.findById(applicationId, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(grant -> grant == null ? Uni.createFrom().voidItem() : change.apply(grant));
    }

    private Uni<Void> recordEach(List<Payment> changed, Function<Payment, Movement> movement, Actor actor) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Payment payment : changed) {
            all = all.call(() -> ledger.record(movement.apply(payment), actor));
        }
        return all;
    }

    /** What the mobility's live payments pay out, net of recoveries received. */
    static BigDecimal paidOut(List<Payment> payments) {
        return payments.stream().map(Payment::paidOutIfLive).reduce(Euros.ZERO, BigDecimal::add);
    }

    /** The ledger entry of a change to {@code payment}. */
    static Movement movementOf(Payment payment, LedgerEntryType type, BigDecimal committedChange,
            BigDecimal paidChange, String reason) {
        return new Movement(payment.getBudgetLineId(), payment.getApplicationId(), payment.getId(), type,
                payment.getAmount(), committedChange, paidChange, reason);
    }

    /** The ledger entry of a change to the grant itself, which moves only the committed amount. */
    private static Movement movement(MobilityGrant grant, LedgerEntryType type, BigDecimal amount,
            BigDecimal committedChange, String reason) {
        return new Movement(grant.getBudgetLineId(), grant.getId(), null, type, amount, committedChange, Euros.ZERO,
                reason);
    }
}
