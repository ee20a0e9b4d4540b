package eu.mobilisesme.budget.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.budget.persistence.BudgetLineRepository;
import eu.mobilisesme.budget.persistence.LedgerRepository;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import io.smallrye.mutiny.Uni;

/**
 * Records what happens to grants and payments, in the caller's transaction: the budget line moves and the ledger
 * gets its entry, or neither. A movement the line cannot take fails with 422 {@code BUDGET_EXHAUSTED}, and the
 * caller's transaction (an approval, say) rolls back with it.
 */
@ApplicationScoped
public class Ledger {

    private final BudgetLineRepository lines;
    private final LedgerRepository entries;
    private final Clock clock;

    public Ledger(BudgetLineRepository lines, LedgerRepository entries, Clock clock) {
        this.lines = lines;
        this.entries = entries;
        this.clock = clock;
    }

    public Uni<Void> record(Movement movement, Actor actor) {
        return tryRecord(movement, actor).invoke(recorded -> {
            if (!recorded) {
                throw exhausted();
            }
        }).replaceWithVoid();
    }

    /** As {@link #record}, but answers false instead of failing when the line cannot take the movement. */
    public Uni<Boolean> tryRecord(Movement movement, Actor actor) {
        // A change of state that moves no money leaves the line alone: its row is the hot spot of every approval.
        Uni<Boolean> moved = movement.movesMoney()
                ? lines.move(movement.budgetLineId(), movement.committedChange(), movement.paidChange())
                : Uni.createFrom().item(true);
        return moved.call(done -> done ? entries.append(movement.entry(actor, clock.instant()))
                : Uni.createFrom().voidItem());
    }

    static BusinessRuleException exhausted() {
        return new BusinessRuleException("BUDGET_EXHAUSTED",
                "No eligible budget line has room for this grant; nothing was changed.");
    }
}
