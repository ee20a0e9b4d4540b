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
import eu.mobilisesme.common.domain.ConflictException;

/** The sending side asks a host company to receive the participant; the host accepts or declines. */
@Entity
@Table(name = "match_proposal")
public class MatchProposal {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "host_sme_id")
    private UUID hostSmeId;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private String message;
    private String answer;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "answered_by")
    private String answeredBy;

    protected MatchProposal() {
    }

    MatchProposal(UUID applicationId, UUID hostSmeId, String message, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.hostSmeId = hostSmeId;
        this.status = ProposalStatus.OPEN;
        this.message = message;
        this.proposedBy = actor.subject();
        this.proposedAt = at;
    }

    /** The host's answer; only an open proposal can be answered. */
    void answer(boolean accepted, String text, Actor actor, Instant at) {
        if (status != ProposalStatus.OPEN) {
            throw new ConflictException("PROPOSAL_NOT_OPEN", "The proposal is " + status + ".");
        }
        status = accepted ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED;
        answer = text;
        answeredBy = actor.subject();
        answeredAt = at;
    }

    /** Another host accepted, or the application ended: the proposal no longer waits for an answer. */
    public void close(Instant at) {
        if (status == ProposalStatus.OPEN) {
            status = ProposalStatus.CLOSED;
            answeredAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getHostSmeId() {
        return hostSmeId;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
