package eu.mobilisesme.budget.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.budget.domain.LineReconciliation;
import eu.mobilisesme.common.api.MoneyAmount;

@Schema(name = "BudgetReconciliation",
        description = "Every budget line beside the sums of its ledger entries; `balanced` when all lines agree.")
public record ReconciliationResponse(boolean balanced, List<Line> lines) {

    @Schema(name = "BudgetLineReconciliation")
    public record Line(UUID budgetLineId, String code, MoneyAmount amount, MoneyAmount committed, MoneyAmount paid,
            @Schema(description = "Sum of the committed changes of the line's ledger entries.")
            MoneyAmount ledgerCommitted,
            @Schema(description = "Sum of the paid changes of the line's ledger entries.") MoneyAmount ledgerPaid,
            @Schema(description = "Mobilities whose share of the line differs from their own ledger entries.")
            long mobilitiesOutOfBalance, boolean balanced) {
    }

    static ReconciliationResponse from(List<LineReconciliation> lines) {
        return new ReconciliationResponse(lines.stream().allMatch(LineReconciliation::balances), lines.stream()
                .map(line -> new Line(line.budgetLineId(), line.code(), MoneyAmount.of(line.amount()),
                        MoneyAmount.of(line.committed()), MoneyAmount.of(line.paid()),
                        MoneyAmount.of(line.ledgerCommitted()), MoneyAmount.of(line.ledgerPaid()),
                        line.mobilitiesOutOfBalance(), line.balances()))
                .toList());
    }
}
