package eu.mobilisesme.payment.bankfile;

import java.math.BigDecimal;

/**
 * One transfer of a pain.001 file.
 *
 * @param endToEndId the reference the bank quotes back in its status report, so it is written exactly as given
 * @param amount in euro, at most two decimals
 * @param creditorBic may be {@code null}: within SEPA the IBAN is enough
 * @param remittanceInformation what the payee sees on the statement; may be {@code null}
 */
public record CreditTransfer(String endToEndId, BigDecimal amount, String creditorName, String creditorIban,
        String creditorBic, String remittanceInformation) {
}
