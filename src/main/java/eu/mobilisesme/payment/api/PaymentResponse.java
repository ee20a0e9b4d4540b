package eu.mobilisesme.payment.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.MoneyAmount;
import eu.mobilisesme.common.domain.GrantPayee;
import eu.mobilisesme.payment.domain.AccountCopy;
import eu.mobilisesme.payment.domain.Instalment;
import eu.mobilisesme.payment.domain.Payment;
import eu.mobilisesme.payment.domain.PaymentStatus;

@Schema(name = "Payment", description = "A payment of a grant instalment, or a recovery order.")
public record PaymentResponse(UUID id, UUID applicationId, UUID budgetLineId, UUID payerFacilitatorId,
        Instalment instalment, MoneyAmount amount, Payee payee, PaymentStatus status,
        @Schema(description = "The EndToEndId of the credit transfer in the bank file.") String endToEndId,
        @Schema(description = "The failed payment this one issues again.") UUID reissueOf,
        @Schema(description = "The account it goes to, copied when it was approved.") Account creditorAccount,
        UUID batchId,
        @Schema(description = "The bank's ISO 20022 reason code when it failed, e.g. AC04.") String failureCode,
        String failureReason, Instant createdAt, String createdBy, Instant approvedAt, String approvedBy,
        Instant updatedAt) {

    @Schema(name = "Payee")
    public record Payee(GrantPayee kind, UUID id) {
    }

    @Schema(name = "BankAccountCopy")
    public record Account(String holderName, String iban, String bic) {
    }

    static PaymentResponse from(Payment payment) {
        AccountCopy creditor = payment.creditorAccount();
        return new PaymentResponse(payment.getId(), payment.getApplicationId(), payment.getBudgetLineId(),
                payment.getPayerFacilitatorId(), payment.getInstalment(), MoneyAmount.of(payment.getAmount()),
                new Payee(payment.payee().kind(), payment.payee().id()), payment.getStatus(),
                payment.getEndToEndId(), payment.getReissueOf(),
                creditor == null ? null : new Account(creditor.name(), creditor.iban(), creditor.bic()),
                payment.getBatchId(), payment.getFailureCode(), payment.getFailureReason(), payment.getCreatedAt(),
                payment.getCreatedBy(), payment.getApprovedAt(), payment.getApprovedBy(), payment.getUpdatedAt());
    }
}
