package eu.mobilisesme.payment.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentBatchRequest")
public record PaymentBatchRequest(
        @Schema(description = "The day the bank is to execute the transfers; today when absent, never earlier.")
        LocalDate requestedExecutionDate) {
}
