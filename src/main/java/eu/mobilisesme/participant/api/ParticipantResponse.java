package eu.mobilisesme.participant.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import eu.mobilisesme.common.domain.Gender;
import eu.mobilisesme.participant.domain.Participant;
import eu.mobilisesme.participant.domain.ParticipantRole;

@Schema(name = "Participant", description = "A person of a company. Once erased, personal fields are absent.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantResponse(UUID id, UUID smeId, String firstName, String lastName, String email,
        ParticipantRole role, String jobTitle, List<ParticipantRequest.Skill> languages, String escoOccupation,
        String iscoCode, Boolean hasDisability,
        @Schema(description = "As the person declared it; absent when not declared, and once erased. " + GENDER_USE)
        Gender gender, boolean catalogueConsent, boolean erased,
        @Schema(description = "When the personal data was erased.") Instant erasedAt,
        @Schema(description = "Who erased it (the acting user's subject).") String erasedBy,
        @Schema(description = "Optimistic-lock version, as in the ETag.") long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    /** What a declared gender is for and who sees it, said once for the request and the response. */
    static final String GENDER_USE = "Used only for the call's statistical reports, as counts. Sensitive: seen only "
            + "by those who see hasDisability (the company, its facilitator and administrators).";

    static ParticipantResponse from(Participant participant) {
        return new ParticipantResponse(participant.getId(), participant.getSmeId(), participant.getFirstName(),
                participant.getLastName(), participant.getEmail(), participant.getRole(), participant.getJobTitle(),
                participant.getLanguages().stream().map(ParticipantRequest.Skill::from).toList(), participant.getEscoOccupation(), participant.getIscoCode(),
                participant.getHasDisability(), participant.getGender(), participant.isCatalogueConsent(),
                participant.isErased(), participant.getErasedAt(), participant.getErasedBy(), participant.getVersion(),
                participant.getCreatedAt(), participant.getCreatedBy(), participant.getUpdatedAt(),
                participant.getUpdatedBy());
    }
}
