package eu.mobilisesme.common.api;

import java.net.ConnectException;
import java.util.Set;

import org.hibernate.JDBCException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Recognises, anywhere in a cause chain, the database failures that are not the client's fault. */
final class DatabaseFailures {

    /** Connection exceptions (08), admin/crash shutdown (57P01-57P03), too many connections (53300). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("08000", "08001", "08003", "08004", "08006",
            "57P01", "57P02", "57P03", "53300");
    /** Serialization failure and deadlock: two writers met; one of them must retry. */
    private static final Set<String> CONCURRENT_WRITE_STATES = Set.of("40001", "40P01");
    /** Unique violation: a concurrent writer created the same thing first, after our own check had passed. */
    private static final Set<String> DUPLICATE_STATES = Set.of("23505");

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
        return hasStateInChain(failure, CONCURRENT_WRITE_STATES);
    }

    static boolean isDuplicate(Throwable failure) {
        return hasStateInChain(failure, DUPLICATE_STATES);
    }

    private static boolean hasStateInChain(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (hasState(cause, states)) {
                return true;
            }
        }
        return false;
    }

    /** The SQL state as the Vert.x client reports it, or as Hibernate Reactive re-reports it. */
    private static boolean hasState(Throwable cause, Set<String> states) {
        return cause instanceof PgException pg && states.contains(pg.getSqlState())
                || cause instanceof JDBCException jdbc && states.contains(jdbc.getSQLState());
    }
}
