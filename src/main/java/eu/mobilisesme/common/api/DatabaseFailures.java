package eu.mobilisesme.common.api;

import java.net.ConnectException;
import java.util.Set;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Recognises, anywhere in a cause chain, the database failures that are not the client's fault. */
final class DatabaseFailures {

    /** Connection exceptions (08), admin/crash shutdown (57P01-57P03), too many connections (53300). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("08000", "08001", "08003", "08004", "08006",
            "57P01", "57P02", "57P03", "53300");
    /** Serialization failure and deadlock: two writers met; one of them must retry. */
    private static final Set<String> CONCURRENT_WRITE_STATES = Set.of("40001", "40P01");

    private DatabaseFailures() {
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || hasState(cause, UNAVAILABLE_STATES)) {
                return true;
            }
        }
        return false;
    }

    static boolean isConcurrentWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (hasState(cause, CONCURRENT_WRITE_STATES)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasState(Throwable cause, Set<String> states) {
        return cause instanceof PgException pg && states.contains(pg.getSqlState());
    }
}
