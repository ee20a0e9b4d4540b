package eu.mobilisesme.common.domain;

import java.util.Map;

/**
 * A request the domain refuses. Each subclass stands for one kind of refusal; the API layer turns the kind into an
 * HTTP status, so the domain never speaks HTTP. Stack traces are not filled in: these are expected outcomes, not bugs.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final Map<String, Object> details;

    protected DomainException(String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /** A stable, machine-readable code, e.g. {@code SAME_COUNTRY}; clients may switch on it. */
    public String code() {
        return code;
    }

    /** Extra facts for the client, e.g. the current state and the allowed actions of a refused transition. */
    public Map<String, Object> details() {
        return details;
    }
}
