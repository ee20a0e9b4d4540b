package eu.mobilisesme.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An {@code If-Match} header value: one entity tag (RFC 9110, such as {@code "3"}) or {@code *}. A well-formed tag
 * that names no current version is a stale version (412), not a malformed header (400). The contract's
 * {@code IfMatch} and {@code IfMatchOptional} parameters take their schema from these constants.
 */
@Documented
@Size(max = IfMatchValue.MAX_LENGTH)
@Pattern(regexp = IfMatchValue.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface IfMatchValue {

    int MAX_LENGTH = 64;
    String PATTERN = "\\*|(W/)?\"[!#-~]*\"";

    String message() default "must be an entity tag such as \"3\", or *";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
