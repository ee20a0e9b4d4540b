package eu.mobilisesme.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

import eu.mobilisesme.common.domain.Euros;

/**
 * An amount in euros as a client sends it: a decimal string with at most two decimals ({@code "900"}, {@code "900.5"},
 * {@code "900.00"}), never a JSON number (no floating point on the way in), from {@link #min()} to {@link #max()}.
 * Its shape is composed from {@code @Size} and {@code @Pattern}, so the contract shows it wherever the annotation is
 * used; read the value with {@link Validator#amountOf(String)}, which gives it the two decimals of {@link Euros}.
 */
@Documented
@Size(max = EuroAmount.MAX_LENGTH)
@jakarta.validation.constraints.Pattern(regexp = EuroAmount.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = EuroAmount.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EuroAmount {

    /** Up to ten digits before the point, no leading zeros, and at most two decimals. */
    String PATTERN = "(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?";
    int MAX_LENGTH = 13;

    String message() default "must be an amount in EUR from {min} to {max} with at most two decimals, as a string "
            + "such as \"900.00\"";

    /** The smallest amount allowed, as a decimal string; by default a cent (amounts are positive). */
    String min() default "0.01";

    /** The largest amount allowed, as a decimal string. */
    String max() default "10000.00";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EuroAmount, String> {

        private static final Pattern SHAPE = Pattern.compile(PATTERN);

        /** The amount a value this constraint accepted stands for, with two decimals: {@code "900.5"} is 900.50. */
        public static BigDecimal amountOf(String value) {
            return Euros.rounded(new BigDecimal(value));
        }

        private BigDecimal min;
        private BigDecimal max;

        @Override
        public void initialize(EuroAmount annotation) {
            min = new BigDecimal(annotation.min());
            max = new BigDecimal(annotation.max());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
                return false;
            }
            BigDecimal amount = new BigDecimal(value);
            return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
        }
    }
}
