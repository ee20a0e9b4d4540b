package eu.mobilisesme.bankaccount.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.bankaccount.domain.BankAccount;
import eu.mobilisesme.bankaccount.service.AccountDetails;
import eu.mobilisesme.common.api.ValidBic;
import eu.mobilisesme.common.api.ValidIban;
import eu.mobilisesme.common.domain.Bic;
import eu.mobilisesme.common.domain.Iban;

@Schema(name = "BankAccountRequest", description = "An account to pay into (or, for a facilitator, to pay from).")
public record BankAccountRequest(
        @NotBlank @Size(max = BankAccount.HOLDER_NAME_MAX_LENGTH)
        @Pattern(regexp = "[^\\p{Cntrl}]+", message = "must not contain control characters")
        @Schema(examples = "Pesca Adriatica S.r.l.", description = "The account holder's name as the bank knows it; "
                + "it goes into SEPA bank files, which carry 70 characters.") String holderName,
        @NotNull @ValidIban @Schema(examples = "IT60 X054 2811 1010 0000 0123 456", description = "The IBAN, in the "
                + "grouped print form or without spaces, any case; stored and returned without spaces in upper case. "
                + "Checked for its country's length and its check digits (ISO 13616, mod 97).") String iban,
        @ValidBic @Schema(examples = "BCITITMM", description = "The bank's BIC (ISO 9362), 8 or 11 characters; "
                + "optional, SEPA transfers do not need it.") String bic) {

    AccountDetails toDetails() {
        return new AccountDetails(holderName.strip(), Iban.of(iban).value(), bic == null ? null : Bic.of(bic).value());
    }
}
