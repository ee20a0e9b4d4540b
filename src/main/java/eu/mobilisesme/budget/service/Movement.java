package eu.mobilisesme.budget.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import eu.mobilisesme.budget.domain.LedgerEntry;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.LedgerEntryType;

/**
 * What a feature asks the ledger to record: what happened to a mobility's grant or payment, the amount concerned,
 * and how the budget line's committed and paid amounts move with it (zero for a change of state that moves no money).
 */
public record Movement(UUID budgetLineId, UUID applicationId, UUID paymentId, LedgerEntryType type, BigDecimal amount,
        BigDecimal committedChange, BigDecimal paidChange, String reason) {

    public boolean movesMoney() {
        return committedChange.signum() != 0 || paidChange.signum() != 0;
    }

    LedgerEntry entry(Actor actor, Instant at) {
        return new LedgerEntry(budgetLineId, applicationId, paymentId, type, amount, committedChange, paidChange,
                reason, actor.subject(), actor.actingRole(), at);
    }
}
