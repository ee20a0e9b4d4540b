package eu.mobilisesme.budget.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A budget line's amounts beside what its ledger says they must be. The line balances when committed and paid equal
 * the sums of its entries, no mobility's share disagrees with its own entries, and nothing exceeds the amount.
 */
public record LineReconciliation(UUID budgetLineId, String code, BigDecimal amount, BigDecimal committed,
        BigDecimal paid, BigDecimal ledgerCommitted, BigDecimal ledgerPaid, long mobilitiesOutOfBalance) {

    public boolean balances() {
        return committed.compareTo(ledgerCommitted) == 0 && paid.compareTo(ledgerPaid) == 0
                && mobilitiesOutOfBalance == 0 && committed.add(paid).compareTo(amount) <= 0;
    }
}
