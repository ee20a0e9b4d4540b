package eu.mobilisesme.budget.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import eu.mobilisesme.common.domain.LedgerEntryType;

/**
 * A row of the append-only ledger: what happened to a mobility's grant or payment, the amount concerned, how the
 * budget line's committed and paid amounts moved with it, and who did it when, in which role.
 */
public record LedgerEntry(UUID budgetLineId, UUID applicationId, UUID paymentId, LedgerEntryType type,
        BigDecimal amount, BigDecimal committedChange, BigDecimal paidChange, String reason, String recordedBy,
        String recordedRole, Instant recordedAt) {
}
