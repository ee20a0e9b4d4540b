package eu.mobilisesme.common.domain;

import java.util.Map;

/** The request clashes with the current state: a duplicate, an illegal transition, a concurrent change. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        this(code, message, Map.of());
    }

    /** A conflict with facts the client needs to recover, e.g. the current status and the allowed actions. */
    public ConflictException(String code, String message, Map<String, Object> details) {
        super(code, message, details);
    }
}
