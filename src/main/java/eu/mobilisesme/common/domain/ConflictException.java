package eu.mobilisesme.common.domain;

import java.util.Map;

/** The request clashes with the current state: a duplicate, an illegal transition, a concurrent change. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message, Map.of());
    }
}
