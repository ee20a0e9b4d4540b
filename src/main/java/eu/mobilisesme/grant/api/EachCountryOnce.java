package eu.mobilisesme.grant.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A list of rates that names each country once: two rates for one country would be ambiguous. */
@Documented
@Constraint(validatedBy = EachCountryOnce.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface EachCountryOnce {

    String message() default "must name each country once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EachCountryOnce, List<RateTableRequest.Rate>> {

        @Override
        public boolean isValid(List<RateTableRequest.Rate> rates, ConstraintValidatorContext context) {
            if (rates == null) {
                return true;
            }
            List<String> countries = rates.stream().filter(Objects::nonNull).map(RateTableRequest.Rate::country)
                    .filter(Objects::nonNull).toList();
            return countries.stream().distinct().count() == countries.size();
        }
    }
}
