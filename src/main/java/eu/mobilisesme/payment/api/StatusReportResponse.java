package eu.mobilisesme.payment.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.payment.service.PaymentBatches.ImportResult;

@Schema(name = "StatusReportImport", description = "What importing a pain.002 status report changed.")
public record StatusReportResponse(String messageId,
        @Schema(description = "The report was imported before; nothing changed.") boolean alreadyImported,
        int paid, int failed,
        @Schema(description = "Transactions still in process, already in that status, or not of this batch.")
        int unchanged,
        @Schema(description = "End-to-end ids the batch does not have (the first 100).", maxItems = 100)
        List<String> unknownEndToEndIds) {

    static StatusReportResponse from(ImportResult result) {
        return new StatusReportResponse(result.messageId(), result.alreadyImported(), result.paid(), result.failed(),
                result.unchanged(), result.unknownEndToEndIds());
    }
}
