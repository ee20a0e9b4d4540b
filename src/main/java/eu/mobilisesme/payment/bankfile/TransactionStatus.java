package eu.mobilisesme.payment.bankfile;

/**
 * The status of one transfer in a pain.002 report.
 *
 * @param originalEndToEndId the {@code EndToEndId} the transfer had in the pain.001 file
 * @param status e.g. {@code ACSC} (settled), {@code ACCP} (accepted), {@code RJCT} (rejected)
 * @param reasonCode the first ISO reason code given, e.g. {@code AC04} (account closed); {@code null} when none
 */
public record TransactionStatus(String originalEndToEndId, String status, String reasonCode) {
}
