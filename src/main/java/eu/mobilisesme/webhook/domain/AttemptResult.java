package eu.mobilisesme.webhook.domain;

/**
 * How one attempt ended: the receiver's status code, or the reason there was none.
 *
 * @param verdict what it means for the delivery
 */
public record AttemptResult(Integer statusCode, String error, int durationMs, Verdict verdict) {

    public static AttemptResult answered(int statusCode, int durationMs) {
        return new AttemptResult(statusCode, null, durationMs, Verdict.ofStatus(statusCode));
    }

    /** No answer (a timeout, a refused or reset connection): worth trying again. */
    public static AttemptResult unanswered(String error, int durationMs) {
        return new AttemptResult(null, error, durationMs, Verdict.RETRY);
    }

    /** Not sent, and never will be: the address is not one webhooks may go to. */
    public static AttemptResult refused(String reason, int durationMs) {
        return new AttemptResult(null, reason, durationMs, Verdict.FAILED);
    }
}
