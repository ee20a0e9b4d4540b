package eu.mobilisesme.participant.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.CefrLevel;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Gender;
import eu.mobilisesme.common.domain.LanguageSkill;

/**
 * A person of an SME who may go on a mobility. Erasure (GDPR art. 17) pseudonymises the person: every personal field
 * is cleared, while the row, its id, company and role stay, because applications and grants that financial audit
 * must keep refer to it.
 */
@Entity
@Table(name = "participant")
public class Participant extends AuditedEntity {

    private static final char LANGUAGE_SEPARATOR = ':';

    @Column(name = "sme_id")
    private UUID smeId;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Column(name = "job_title")
    private String jobTitle;
    private String[] languages;
    @Column(name = "esco_occupation")
    private String escoOccupation;
    @Column(name = "isco_code")
    private String iscoCode;
    @Column(name = "has_disability")
    private Boolean hasDisability;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "catalogue_consent")
    private boolean catalogueConsent;
    @Column(name = "erased_at")
    private Instant erasedAt;
    @Column(name = "erased_by")
    private String erasedBy;

    protected Participant() {
    }

    public Participant(UUID id, UUID smeId, ParticipantDetails details, Actor actor, Instant at) {
        super(id, actor.subject(), at);
        this.smeId = smeId;
        apply(details);
    }

    public void change(ParticipantDetails details, Actor actor, Instant at) {
        if (isErased()) {
            throw new ConflictException("PARTICIPANT_ERASED", "The participant's personal data has been erased.");
        }
        apply(details);
        touch(actor.subject(), at);
    }

    /** Clears every personal field; erasing twice changes nothing more. */
    public void erase(Actor actor, Instant at) {
        if (isErased()) {
            return;
        }
        firstName = null;
        lastName = null;
        email = null;
        jobTitle = null;
        languages = new String[0];
        escoOccupation = null;
        iscoCode = null;
        hasDisability = null;
        gender = null;
        catalogueConsent = false;
        erasedAt = at;
        erasedBy = actor.subject();
        touch(actor.subject(), at);
    }

    private void apply(ParticipantDetails details) {
        firstName = details.firstName();
        lastName = details.lastName();
        email = details.email();
        role = details.role();
        jobTitle = details.jobTitle();
        languages = details.languages().stream().map(Participant::encode).toArray(String[]::new);
        escoOccupation = details.escoOccupation();
        iscoCode = details.iscoCode();
        hasDisability = details.hasDisability();
        gender = details.gender();
        catalogueConsent = details.catalogueConsent();
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public UUID getSmeId() {
        return smeId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public List<LanguageSkill> getLanguages() {
        return Arrays.stream(languages).map(Participant::decode).toList();
    }

    public String getEscoOccupation() {
        return escoOccupation;
    }

    public String getIscoCode() {
        return iscoCode;
    }

    /** Null once erased. */
    public Boolean getHasDisability() {
        return hasDisability;
    }

    /** Null when the person did not declare it, and once erased. */
    public Gender getGender() {
        return gender;
    }

    public boolean isCatalogueConsent() {
        return catalogueConsent;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    /** The stored form of a language skill, e.g. {@code it:C2}. */
    private static String encode(LanguageSkill skill) {
        return skill.language() + LANGUAGE_SEPARATOR + skill.level();
    }

    private static LanguageSkill decode(String stored) {
        int split = stored.lastIndexOf(LANGUAGE_SEPARATOR);
        return new LanguageSkill(stored.substring(0, split), CefrLevel.valueOf(stored.substring(split + 1)));
    }
}
