package eu.mobilisesme.mobility.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;

/**
 * One step of an application's history: who, in which role, when, by which action, from which status to which, and
 * why. Steps that keep the status (a proposal, a revision, a signature, insurance, a report) are recorded too, with
 * what they concern: the revision, the signing or reporting party, the proposed host.
 */
@Entity
@Table(name = "mobility_application_step")
public class ApplicationStep {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    @Enumerated(EnumType.STRING)
    private ApplicationAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ApplicationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ApplicationStatus toStatus;
    private String reason;
    private Integer revision;
    private String party;
    @Column(name = "host_sme_id")
    private UUID hostSmeId;
    /** Assigned by the database on insert: the order in which the steps were written. */
    @Column(insertable = false, updatable = false)
    private long seq;

    protected ApplicationStep() {
    }

    ApplicationStep(UUID applicationId, Actor actor, ApplicationAction action, ApplicationStatus fromStatus,
            ApplicationStatus toStatus, String reason, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.actor = actor.subject();
        this.actorRole = actor.actingRole();
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.occurredAt = at;
    }

    ApplicationStep concerningRevision(int number) {
        this.revision = number;
        return this;
    }

    ApplicationStep concerningParty(Enum<?> concerned) {
        this.party = concerned.name();
        return this;
    }

    ApplicationStep concerningHost(UUID host) {
        this.hostSmeId = host;
        return this;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    /** Null for the creation of the draft. */
    public ApplicationAction getAction() {
        return action;
    }

    public ApplicationStatus getFromStatus() {
        return fromStatus;
    }

    public ApplicationStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    /** The learning project revision a revision or signature step concerns. */
    public Integer getRevision() {
        return revision;
    }

    /** The signing party of a signature, or whose report a report step filed. */
    public String getParty() {
        return party;
    }

    /** The host a proposal step concerns. */
    public UUID getHostSmeId() {
        return hostSmeId;
    }
}
