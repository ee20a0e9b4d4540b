package eu.mobilisesme.sme.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.sme.domain.NaceCode;
import eu.mobilisesme.sme.domain.NutsRegions;
import eu.mobilisesme.sme.domain.VatNumbers;

/**
 * The checks of an {@link SmeProfileRequest} that need more than one field: the VAT number and NUTS region must belong to
 * the company's country, the NACE code to its edition, and the founding year must not lie in the future. Each failure
 * is reported on the field the client has to fix.
 */
@Documented
@Constraint(validatedBy = ConsistentWithCountry.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentWithCountry {

    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    class Validator implements ConstraintValidator<ConsistentWithCountry, SmeProfileRequest> {

        private final Clock clock;

        Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(SmeProfileRequest request, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            String country = request.country;
            if (country != null && request.vatNumber != null && !VatNumbers.isValidFor(country, request.vatNumber)) {
                valid = reject(context, "vatNumber", "must be a VAT or registration number of " + country
                        + " starting with " + VatNumbers.prefixOf(country));
            }
            if (country != null && request.nutsRegion != null
                    && !NutsRegions.isValidFor(country, request.nutsRegion)) {
                valid = reject(context, "nutsRegion", "must be a NUTS region of " + country);
            }
            if (request.naceCode != null) {
                var problem = NaceCode.problem(request.naceCode, request.naceVersionOrDefault());
                if (problem.isPresent()) {
                    valid = reject(context, "naceCode", problem.get());
                }
            }
            if (request.foundingYear != null
                    && request.foundingYear > ProgrammeCalendar.today(clock).getYear()) {
                valid = reject(context, "foundingYear", "must not be in the future");
            }
            return valid;
        }

        private static boolean reject(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message.replace("{", "\\{"))
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
