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
 * A BIC (ISO 9362) of 8 or 11 characters, e.g. {@code DEUTDEFF} or {@code DEUTDEFF500}, in any case (it is stored in
 * upper case). Composed from {@code @Size} and {@code @Pattern}, so the contract shows the format.
 */
@Documented
@Size(max = 11)
@Pattern(regexp = "[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidBic {

    String message() default "is not a valid BIC: it must be 8 or 11 letters and digits, as in DEUTDEFF or DEUTDEFF500";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
