package eu.mobilisesme.payment.bankfile;

import java.util.List;

/**
 * What a bank says about a pain.001 file in its payment status report (pain.002).
 *
 * @param messageId the report's own id, e.g. to recognise a report received twice
 * @param originalMessageId the {@code MsgId} of the pain.001 file it is about
 * @param groupStatus the status of the whole file ({@code ACCP}, {@code PART}, {@code RJCT}, ...); {@code null} when
 *        the bank reports per transaction only
 * @param transactions the transactions the bank reports on, in the report's order; often only the rejected ones
 */
public record StatusReport(String messageId, String originalMessageId, String groupStatus,
        List<TransactionStatus> transactions) {

    public StatusReport {
        transactions = List.copyOf(transactions);
    }
}
