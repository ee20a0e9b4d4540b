package eu.mobilisesme.participant.domain;

import java.util.List;

import eu.mobilisesme.common.domain.Gender;
import eu.mobilisesme.common.domain.LanguageSkill;

/**
 * What the company states about a person who may go on a mobility. {@code hasDisability} is sensitive: it sets the
 * grant rate and is seen only by the company, its facilitator and administrators. {@code gender} is as sensitive and
 * seen by the same people; it is what the person chose to declare for the call's reports, null when they did not.
 */
public record ParticipantDetails(String firstName, String lastName, String email, ParticipantRole role,
        String jobTitle, List<LanguageSkill> languages, String escoOccupation, String iscoCode, boolean hasDisability,
        Gender gender, boolean catalogueConsent) {

    public ParticipantDetails {
        languages = List.copyOf(languages);
    }
}
