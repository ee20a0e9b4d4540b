package eu.mobilisesme.payment.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.GrantBreakdown;
import eu.mobilisesme.common.api.MoneyAmount;
import eu.mobilisesme.grant.service.CalculatedGrant;
import eu.mobilisesme.payment.domain.GrantStage;
import eu.mobilisesme.payment.domain.Instalment;
import eu.mobilisesme.payment.domain.MobilityGrant;
import eu.mobilisesme.payment.service.MobilityGrants.Statement;

@Schema(name = "Grant", description = "The grant of an approved mobility: how it was computed, what was paid, "
        + "and what is due now.")
public record GrantResponse(UUID applicationId, UUID budgetLineId, UUID payerFacilitatorId,
        PaymentResponse.Payee payee, GrantStage stage, int prefinancingPercent,
        @Schema(description = "The grant on the planned dates, committed at approval.") Calculation planned,
        @Schema(description = "The grant on the actual dates, once the departure is confirmed.") Calculation actual,
        @Schema(description = "What the payee is entitled to in all now.") MoneyAmount entitlement,
        @Schema(description = "What the budget line holds for this mobility.") MoneyAmount committed,
        @Schema(description = "Paid, net of recoveries received.") MoneyAmount paid,
        @Schema(description = "Instalments the paying facilitator may create a payment for now.") List<Due> dueNow,
        List<PaymentResponse> payments) {

    @Schema(name = "GrantCalculation")
    public record Calculation(MoneyAmount amount, GrantBreakdown breakdown) {

        static Calculation of(CalculatedGrant calculated) {
            return calculated == null ? null : new Calculation(MoneyAmount.of(calculated.amount()),
                    new GrantBreakdown(calculated.rateTableVersion(), calculated.rateTableValidFrom(),
                            calculated.rateBasis(), calculated.hostCountry(),
                            MoneyAmount.of(calculated.monthlyRate()), calculated.months(), calculated.days(),
                            calculated.explanation()));
        }
    }

    @Schema(name = "DueInstalment")
    public record Due(Instalment instalment, MoneyAmount amount) {
    }

    static GrantResponse from(Statement statement) {
        MobilityGrant grant = statement.grant();
        return new GrantResponse(grant.getId(), grant.getBudgetLineId(), grant.getPayerFacilitatorId(),
                new PaymentResponse.Payee(grant.payee().kind(), grant.payee().id()), grant.getStage(),
                grant.getPrefinancingPercent(), Calculation.of(statement.planned()),
                Calculation.of(statement.actual()), MoneyAmount.of(grant.getEntitlement()),
                MoneyAmount.of(grant.getCommitted()), MoneyAmount.of(grant.getPaid()),
                statement.dueNow().entrySet().stream()
                        .map(due -> new Due(due.getKey(), MoneyAmount.of(due.getValue()))).toList(),
                statement.payments().stream().map(PaymentResponse::from).toList());
    }
}
