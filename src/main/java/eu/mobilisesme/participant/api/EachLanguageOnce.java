package eu.mobilisesme.participant.api;

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

import eu.mobilisesme.common.domain.LanguageTags;

/** A list of language skills that names each language once: two levels for one language would be ambiguous. */
@Documented
@Constraint(validatedBy = EachLanguageOnce.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface EachLanguageOnce {

    String message() default "must name each language once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EachLanguageOnce, List<ParticipantRequest.Skill>> {

        @Override
        public boolean isValid(List<ParticipantRequest.Skill> skills,
                ConstraintValidatorContext context) {
            if (skills == null) {
                return true;
            }
            List<String> languages = skills.stream().filter(Objects::nonNull)
                    .map(ParticipantRequest.Skill::language)
                    .filter(LanguageTags::isValid).map(LanguageTags::canonical).toList();
            return languages.stream().distinct().count() == languages.size();
        }
    }
}
