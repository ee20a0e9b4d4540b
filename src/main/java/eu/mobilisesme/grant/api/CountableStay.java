package eu.mobilisesme.grant.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import eu.mobilisesme.grant.domain.GrantPeriod;

/**
 * A stay a grant can be computed for: each part ends on or after its first day, parts do not overlap (a day is paid
 * once), and all of them together last at most {@link #MAX_MONTHS} months as the grant counts them (whole calendar
 * months, and days at 30 a month), which keeps absurd requests out. Each failure is reported on the field to fix.
 */
@Documented
@Constraint(validatedBy = CountableStay.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface CountableStay {

    /** Four times the longest stay any call of the programme has allowed (6 months). */
    int MAX_MONTHS = 24;

    String message() default "is not a stay a grant can be computed for";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CountableStay, List<GrantSimulationRequest.StayPart>> {

        private static final int DAYS_PER_MONTH = 30;

        @Override
        public boolean isValid(List<GrantSimulationRequest.StayPart> parts, ConstraintValidatorContext context) {
            if (parts == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            List<GrantPeriod> periods = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                GrantSimulationRequest.StayPart part = parts.get(i);
                if (part == null || part.startsOn() == null || part.endsOn() == null) {
                    continue; // reported by @NotNull
                }
                if (part.endsOn().isBefore(part.startsOn())) {
                    context.buildConstraintViolationWithTemplate("must not be before startsOn")
                            .addPropertyNode("endsOn").inIterable().atIndex(i).addConstraintViolation();
                    valid = false;
                } else {
                    periods.add(part.toPeriod());
                }
            }
            if (!valid) {
                return false;
            }
            periods.sort(Comparator.comparing(GrantPeriod::startsOn));
            for (int i = 1; i < periods.size(); i++) {
                if (periods.get(i).overlaps(periods.get(i - 1))) {
                    return reject(context, "parts must not overlap");
                }
            }
            long days = 0;
            for (GrantPeriod period : periods) {
                days += (long) period.wholeMonths() * DAYS_PER_MONTH + period.remainingDays();
            }
            if (days > (long) MAX_MONTHS * DAYS_PER_MONTH) {
                return reject(context, "must last at most " + MAX_MONTHS
                        + " months in all (whole calendar months, and days at 30 a month)");
            }
            return true;
        }

        private static boolean reject(ConstraintValidatorContext context, String message) {
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
