package eu.mobilisesme.payment.bankfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The group header and the one payment information block of a pain.001 file: who pays, from which account, when, and
 * how many transfers for what total. The totals are promises the writer holds the transfers to.
 *
 * @param debtorBic may be {@code null}: SEPA banks find the debtor's bank from the IBAN
 * @param controlSum the sum of all transfers in euro, at most two decimals
 */
public record Pain001Header(String messageId, OffsetDateTime createdAt, String initiatingPartyName,
        String paymentInformationId, LocalDate requestedExecutionDate, String debtorName, String debtorIban,
        String debtorBic, int numberOfTransactions, BigDecimal controlSum) {
}
