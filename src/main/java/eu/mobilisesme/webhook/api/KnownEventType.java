package eu.mobilisesme.webhook.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.mobilisesme.event.service.EventType;

/**
 * The wire name of an event type, e.g. {@code sme.verified}: 400 naming the field and listing the types for any other
 * value. The shape is composed from {@code @Size} and {@code @Pattern}, so the contract bounds it too.
 */
@Documented
@Size(max = 60)
@Pattern(regexp = "[a-z]+(\\.[a-z-]+)+")
@Constraint(validatedBy = KnownEventType.Validator.class)
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownEventType {

    String message() default "must be an event type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownEventType, String> {

        private static final String KNOWN = Arrays.stream(EventType.values()).map(EventType::wireName)
                .collect(Collectors.joining(", "));

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || EventType.byWireName(value).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + KNOWN).addConstraintViolation();
            return false;
        }
    }
}
