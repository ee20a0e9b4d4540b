package eu.mobilisesme.webhook.domain;

/** What an attempt's outcome means for its delivery. */
public enum Verdict {
    /** The receiver took it (2xx). */
    SUCCEEDED,
    /** Worth trying again later: 408, 429, 5xx, no answer in time, no connection. */
    RETRY,
    /** Trying again would not help: any other answer (3xx are not followed), or an address that is refused. */
    FAILED;

    public static Verdict ofStatus(int statusCode) {
        if (statusCode >= 200 && statusCode < 300) {
            return SUCCEEDED;
        }
        if (statusCode == 408 || statusCode == 429 || statusCode >= 500) {
            return RETRY;
        }
        return FAILED;
    }
}
