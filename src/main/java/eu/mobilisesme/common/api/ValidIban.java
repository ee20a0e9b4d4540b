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

import eu.mobilisesme.common.domain.Iban;

/**
 * An IBAN (ISO 13616) in its electronic or grouped print form, in any case, e.g. {@code DE89 3704 0044 0532 0130 00}.
 * Its length and characters are composed from {@code @Size} and {@code @Pattern}, so the contract shows them wherever
 * the annotation is used; the validator checks the rest ({@link Iban}) and says what is wrong, e.g. "is not a valid
 * IBAN: check digits do not match".
 */
@Documented
@Size(max = ValidIban.MAX_LENGTH)
@Pattern(regexp = "[A-Za-z0-9 ]+")
@ReportAsSingleViolation
@Constraint(validatedBy = ValidIban.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIban {

    /** The longest IBAN (34) in the print form, a space after every four characters, with room for a stray one. */
    int MAX_LENGTH = 50;

    String message() default "must be an IBAN such as DE89 3704 0044 0532 0130 00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidIban, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return Iban.defectOf(value).map(defect -> {
                // The defect names at most a two-letter country code of the value: nothing a template would expand.
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("is not a valid IBAN: " + defect).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
