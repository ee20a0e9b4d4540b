package eu.mobilisesme.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An {@code Idempotency-Key} header (draft-ietf-httpapi-idempotency-key-header): required on requests that create
 * money, 1 to 255 visible ASCII characters, e.g. a new UUID per payment the client means to create. The contract's
 * {@code IdempotencyKey} parameter takes its schema from these constants.
 */
@Documented
@NotNull
@Size(min = 1, max = IdempotencyKey.MAX_LENGTH)
@Pattern(regexp = IdempotencyKey.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotencyKey {

    String HEADER = "Idempotency-Key";
    int MAX_LENGTH = 255;
    String PATTERN = "[!-~]+";

    String message() default "is required: 1 to 255 visible ASCII characters, e.g. a new UUID per request";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
