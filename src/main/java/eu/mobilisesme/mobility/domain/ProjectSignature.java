package eu.mobilisesme.mobility.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A party's signature of one revision of the learning project. */
@Entity
@Table(name = "learning_project_signature")
public class ProjectSignature {

    /** Whose signatures make an agreement. */
    public static final Set<Party> SIGNATORIES = EnumSet.of(Party.SENDING_SME, Party.HOST_SME,
            Party.SENDING_FACILITATOR);

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    private int revision;
    @Enumerated(EnumType.STRING)
    private Party party;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;

    protected ProjectSignature() {
    }

    ProjectSignature(UUID applicationId, int revision, Party party, String signedBy, Instant signedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.revision = revision;
        this.party = party;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    public int getRevision() {
        return revision;
    }

    public Party getParty() {
        return party;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
