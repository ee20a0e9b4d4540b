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
 * A {@code cursor} query value: the opaque {@code next} of a previous page (base64url text; see PageCursors). Only
 * its length and alphabet are checked here, so a cursor of the right shape that the list did not issue still gets
 * PageCursors' INVALID_CURSOR. The bounds are composed from {@code @Size} and {@code @Pattern}, so Bean Validation
 * checks them and SmallRye OpenAPI writes them into the contract.
 */
@Documented
@Size(max = PageCursor.MAX_LENGTH)
@Pattern(regexp = "[A-Za-z0-9_.-]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageCursor {

    /** Room for the longest sort key (a 200-character name in UTF-8), an id and a signature, in base64url. */
    int MAX_LENGTH = 2048;

    String message() default "must be the next cursor of a previous page";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
