package eu.mobilisesme.payment.bankfile;

/**
 * An uploaded file is not a payment status report this service can read. The message is written for the person who
 * uploaded it (no parser message, no class name), so it can go into a 400 problem as it is. No stack trace: this is
 * an expected outcome, not a bug.
 */
public class InvalidStatusReportException extends RuntimeException {

    public InvalidStatusReportException(String message) {
        super(message, null, false, false);
    }
}
