package eu.mobilisesme.budget.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.budget.domain.BudgetLine;
import eu.mobilisesme.budget.domain.BudgetLineTerms;
import eu.mobilisesme.common.api.MoneyAmount;

@Schema(name = "BudgetLine", description = "A budget line: committed + paid never exceeds the amount.")
public record BudgetLineResponse(UUID id, UUID callId, String code, String name, String funder, MoneyAmount amount,
        @Schema(description = "Reserved for approved grants and not paid yet.") MoneyAmount committed,
        @Schema(description = "Paid out, net of recoveries.") MoneyAmount paid,
        @Schema(description = "Amount less committed and paid.") MoneyAmount available, int priority,
        List<String> eligibleCountries, Instant createdAt, Instant updatedAt) {

    static BudgetLineResponse from(BudgetLine line) {
        BudgetLineTerms terms = line.terms();
        return new BudgetLineResponse(line.getId(), line.getCallId(), line.getCode(), terms.name(), terms.funder(),
                MoneyAmount.of(terms.amount()), MoneyAmount.of(line.getCommitted()), MoneyAmount.of(line.getPaid()),
                MoneyAmount.of(line.available()), terms.priority(), terms.eligibleCountries(), line.getCreatedAt(),
                line.getUpdatedAt());
    }
}
