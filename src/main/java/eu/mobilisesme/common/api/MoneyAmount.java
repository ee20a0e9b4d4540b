package eu.mobilisesme.common.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.domain.Euros;

/** An amount of money on the wire: a decimal string with two decimals and its currency, never a float. */
@Schema(name = "MoneyAmount", description = "An amount of money.")
public record MoneyAmount(
        @Schema(description = "Decimal string with exactly two decimals.", pattern = "^-?[0-9]{1,12}\\.[0-9]{2}$",
                examples = "900.00", maxLength = 16) String amount,
        @Schema(description = "ISO 4217 currency code; always EUR.", enumeration = "EUR") String currency) {

    public static MoneyAmount of(BigDecimal amount) {
        return new MoneyAmount(Euros.format(amount), Euros.CURRENCY);
    }
}
