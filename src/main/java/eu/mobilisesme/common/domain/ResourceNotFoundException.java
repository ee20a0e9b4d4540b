package eu.mobilisesme.common.domain;

import java.util.Map;

/** The resource does not exist, or the caller may not know that it exists. */
public class ResourceNotFoundException extends DomainException {

    public ResourceNotFoundException(String resourceType, Object id) {
        super("NOT_FOUND", resourceType + " " + id + " was not found.", Map.of());
    }
}
