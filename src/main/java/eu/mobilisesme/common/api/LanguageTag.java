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

import eu.mobilisesme.common.domain.LanguageTags;

/**
 * A well-formed BCP 47 language tag with a language subtag, e.g. {@code it}, {@code pt-BR}. Its length and shape are
 * composed from {@code @Size} and {@code @Pattern}, so the contract shows them wherever the annotation is used; the
 * validator checks the rest.
 */
@Documented
@Size(max = LanguageTags.MAX_LENGTH)
@Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
@ReportAsSingleViolation
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String message() default "must be a BCP 47 language tag such as it or pt-BR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageTag, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LanguageTags.isValid(value);
        }
    }
}
