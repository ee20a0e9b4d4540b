package eu.mobilisesme.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.mobilisesme.common.domain.CountryCodes;

/**
 * An ISO 3166-1 alpha-2 country code in upper case, e.g. {@code IT} (Greece is GR, not EL). Its shape is composed from
 * {@code @Size} and {@code @Pattern}, so the contract shows it wherever the annotation is used.
 */
@Documented
@Size(max = 2)
@Pattern(regexp = "[A-Z]{2}")
@ReportAsSingleViolation
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

    String message() default "must be an ISO 3166-1 alpha-2 country code such as IT";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CountryCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CountryCodes.isKnown(value);
        }
    }
}
