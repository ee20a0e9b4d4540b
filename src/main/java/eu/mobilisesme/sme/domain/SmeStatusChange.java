package eu.mobilisesme.sme.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;

/** One step of a registration's history: who moved it, in which role, when, from where to where, and why. */
@Entity
@Table(name = "sme_status_change")
public class SmeStatusChange {

    @Id
    private UUID id;
    @Column(name = "sme_id")
    private UUID smeId;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "actor_role")
    private String actorRole;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private VerificationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private VerificationStatus toStatus;
    private String reason;
    /** Assigned by the database on insert: the order in which the steps were written. */
    @Column(insertable = false, updatable = false)
    private long seq;

    protected SmeStatusChange() {
    }

    SmeStatusChange(UUID smeId, Actor actor, VerificationStatus fromStatus, VerificationStatus toStatus,
            String reason, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.smeId = smeId;
        this.changedBy = actor.subject();
        this.actorRole = actor.actingRole();
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.changedAt = changedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getActorRole() {
        return actorRole;
    }

    public VerificationStatus getFromStatus() {
        return fromStatus;
    }

    public VerificationStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }
}
