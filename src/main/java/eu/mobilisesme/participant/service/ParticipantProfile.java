package eu.mobilisesme.participant.service;

import java.util.List;
import java.util.UUID;

import eu.mobilisesme.common.domain.LanguageSkill;

/**
 * What other features know of a person: the facts their rules use (languages for matching, a disability for the grant
 * rate), never the entity or the personal details.
 */
public record ParticipantProfile(UUID id, UUID smeId, List<LanguageSkill> languages, boolean hasDisability) {

    public ParticipantProfile {
        languages = List.copyOf(languages);
    }
}
