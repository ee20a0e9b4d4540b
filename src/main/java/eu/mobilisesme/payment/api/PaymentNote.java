package eu.mobilisesme.payment.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.InputLimits;

@Schema(name = "PaymentNote", description = "An optional note, kept with the payment's ledger entry.")
public record PaymentNote(@Size(max = InputLimits.NOTE) String note) {
}
