package eu.mobilisesme.common.domain;

import java.util.Map;

/** The request is well formed but breaks a programme rule, e.g. {@code LARGE_COMPANY_CANNOT_SEND}. */
public class BusinessRuleException extends DomainException {

    public BusinessRuleException(String code, String message) {
        super(code, message, Map.of());
    }
}
