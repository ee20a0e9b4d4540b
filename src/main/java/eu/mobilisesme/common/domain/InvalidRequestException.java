package eu.mobilisesme.common.domain;

import java.util.Map;

/** A query or path value the service cannot use, e.g. a cursor it never issued. */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(String message) {
        super("INVALID_PARAMETER", message, Map.of());
    }
}
