package eu.mobilisesme.common.persistence;

import org.hibernate.exception.ConstraintViolationException;

import io.vertx.pgclient.PgException;

/** Recognises a unique-index violation by the index's name, as PostgreSQL or Hibernate Reactive reports it. */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    /** Whether {@code failure}, or a cause of it, is a violation of the unique index {@code index}. */
    public static boolean of(Throwable failure, String index) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                    && index.equals(pg.getConstraint())) {
                return true;
            }
            if (cause instanceof ConstraintViolationException violation
                    && index.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
