package eu.mobilisesme.payment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.MoneyAmount;
import eu.mobilisesme.payment.domain.AccountCopy;
import eu.mobilisesme.payment.domain.PaymentBatch;

@Schema(name = "PaymentBatch", description = "A bank file of one paying facilitator's approved payments.")
public record PaymentBatchResponse(UUID id, UUID payerFacilitatorId,
        @Schema(description = "The MsgId of the pain.001 file, which status reports answer.") String messageId,
        int paymentCount, @Schema(description = "The sum of the payments (CtrlSum).") MoneyAmount controlSum,
        LocalDate requestedExecutionDate, PaymentResponse.Account debtorAccount,
        @Schema(description = "Where the pain.001.001.09 file is.") String file, Instant createdAt,
        String createdBy) {

    static PaymentBatchResponse from(PaymentBatch batch) {
        AccountCopy debtor = batch.debtor();
        return new PaymentBatchResponse(batch.getId(), batch.getPayerFacilitatorId(), batch.getMessageId(),
                batch.getPaymentCount(), MoneyAmount.of(batch.getControlSum()), batch.getRequestedExecutionDate(),
                new PaymentResponse.Account(debtor.name(), debtor.iban(), debtor.bic()),
                "/api/v1/payment-batches/" + batch.getId() + "/file", batch.getCreatedAt(), batch.getCreatedBy());
    }
}
