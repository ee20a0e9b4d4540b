package eu.mobilisesme.participant.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.LanguageTag;
import eu.mobilisesme.common.domain.CefrLevel;
import eu.mobilisesme.common.domain.Gender;
import eu.mobilisesme.common.domain.LanguageSkill;
import eu.mobilisesme.common.domain.LanguageTags;
import eu.mobilisesme.participant.domain.ParticipantDetails;
import eu.mobilisesme.participant.domain.ParticipantRole;

@Schema(name = "ParticipantRequest", description = "A person of the company who may go on a mobility.")
public record ParticipantRequest(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = InputLimits.EMAIL) @Schema(format = "email") String email,
        @NotNull @Schema(description = "EMPLOYEE (full-time contract), MANAGER or OWNER (incl. co-owner).")
        ParticipantRole role,
        @Size(max = InputLimits.NAME) String jobTitle,
        @NotNull @Size(max = 20) @EachLanguageOnce List<@NotNull @Valid Skill> languages,
        @Size(max = 200) @Pattern(regexp = "http://data\\.europa\\.eu/esco/occupation/[0-9a-f-]{36}",
                message = "must be an ESCO occupation URI") @Schema(
                        examples = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1")
        String escoOccupation,
        @Size(max = 4) @Pattern(regexp = "[0-9]{4}", message = "must be a 4-digit ISCO-08 unit group code")
        @Schema(examples = "2431") String iscoCode,
        @NotNull @Schema(description = "Sensitive: sets the EUR 1,100 monthly grant rate; seen only by the company, "
                + "its facilitator and administrators.") Boolean hasDisability,
        @Schema(description = "Optional, as the person chooses to declare it; absent or null: not declared (a "
                + "replacement without it withdraws an earlier declaration). " + ParticipantResponse.GENDER_USE)
        Gender gender,
        @NotNull @Schema(description = "Whether the person agrees that host companies see their role, job title and "
                + "languages (never name or contact) when matching.") Boolean catalogueConsent) {

    @Schema(name = "LanguageSkill")
    public record Skill(@NotNull @LanguageTag @Schema(examples = "it") String language,
            @NotNull CefrLevel level) {

        static Skill from(LanguageSkill skill) {
            return new Skill(skill.language(), skill.level());
        }
    }

    ParticipantDetails toDetails() {
        List<LanguageSkill> skills = languages.stream()
                .map(skill -> new LanguageSkill(LanguageTags.canonical(skill.language()), skill.level()))
                .toList();
        return new ParticipantDetails(firstName.strip(), lastName.strip(), email.strip(), role,
                jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip(), skills, escoOccupation, iscoCode,
                hasDisability, gender, catalogueConsent);
    }
}
