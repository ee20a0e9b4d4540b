package eu.mobilisesme.mobility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.sme.domain.CollaborationType;

/**
 * A mobility application: one participant of a sending company, a host once one accepts, the learning project and
 * where it all stands. Every change of status goes through {@link ApplicationAction}'s table and returns the
 * {@link ApplicationTransition} to record; the application keeps the policy version it is judged under.
 */
@Entity
@Table(name = "mobility_application")
public class MobilityApplication extends AuditedEntity {

    /** Partner scope to read applications (never personal data: the participant appears by id only). */
    public static final String APPLICATIONS_READ = "applications:read";

    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "policy_version")
    private int policyVersion;
    @Column(name = "sending_sme_id")
    private UUID sendingSmeId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "host_sme_id")
    private UUID hostSmeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "collaboration_type")
    private CollaborationType collaborationType;
    @Column(name = "sending_facilitator_id")
    private UUID sendingFacilitatorId;
    @Column(name = "host_facilitator_id")
    private UUID hostFacilitatorId;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "review_days_left")
    private Integer reviewDaysLeft;
    @Column(name = "project_revision")
    private int projectRevision;
    @Column(name = "objectives_for_sender")
    private String[] objectivesForSender;
    @Column(name = "objectives_for_host")
    private String[] objectivesForHost;
    @Column(name = "expected_outcomes")
    private String expectedOutcomes;
    @Column(name = "activity_plan")
    private String activityPlan;
    @Column(name = "planned_stay")
    private String[] plannedStay;
    @Column(name = "insurance_confirmed_at")
    private Instant insuranceConfirmedAt;
    @Column(name = "insurance_reference")
    private String insuranceReference;
    @Column(name = "actual_start")
    private LocalDate actualStart;
    @Column(name = "actual_end")
    private LocalDate actualEnd;

    protected MobilityApplication() {
    }

    private MobilityApplication(UUID id, Actor actor, Instant at) {
        super(id, actor.subject(), at);
    }

    /** A new draft with the first revision of its learning project. */
    public static Draft draft(UUID id, UUID callId, int policyVersion, UUID sendingSmeId, UUID sendingFacilitatorId,
            UUID participantId, CollaborationType collaborationType, LearningProject project, Actor actor,
            Instant at) {
        MobilityApplication application = new MobilityApplication(id, actor, at);
        application.callId = callId;
        application.policyVersion = policyVersion;
        application.sendingSmeId = sendingSmeId;
        application.sendingFacilitatorId = sendingFacilitatorId;
        application.participantId = participantId;
        application.collaborationType = collaborationType;
        application.status = ApplicationStatus.DRAFT;
        application.apply(project, 1);
        return new Draft(application, new ProjectRevision(id, 1, project, actor, at),
                new ApplicationTransition(id, actor, null, null, ApplicationStatus.DRAFT, "Drafted", at));
    }

    /** A new draft, its first learning project revision and the first entry of its history. */
    public record Draft(MobilityApplication application, ProjectRevision revision, ApplicationTransition created) {
    }

    /**
     * The parts the actor plays in this application; empty when it has none (the application does not exist for it).
     * {@code proposedToActor} says whether the actor's company has a proposal for it, which makes it a host.
     */
    public Set<Party> partiesOf(Actor actor, boolean proposedToActor) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (actor.isAdmin()) {
            parties.add(Party.ADMIN);
        }
        if (actor.isPartner() && actor.hasScope(APPLICATIONS_READ)) {
            parties.add(Party.PARTNER_READER);
        }
        if (actor.actsForSme(sendingSmeId)) {
            parties.add(Party.SENDING_SME);
        }
        if ((hostSmeId != null && actor.actsForSme(hostSmeId)) || (proposedToActor && actor.smeId().isPresent())) {
            parties.add(Party.HOST_SME);
        }
        if (sendingFacilitatorId != null && actor.actsForFacilitator(sendingFacilitatorId)) {
            parties.add(Party.SENDING_FACILITATOR);
        }
        if (hostFacilitatorId != null && actor.actsForFacilitator(hostFacilitatorId)) {
            parties.add(Party.HOST_FACILITATOR);
        }
        return parties;
    }

    /** Fails unless the parties may take the action (403) now (409, naming the status and what is allowed). */
    public void require(ApplicationAction action, Set<Party> parties) {
        if (!action.isAllowedFor(parties)) {
            throw new AccessDeniedException("Your part in this application does not allow " + action + ".");
        }
        if (!action.isAllowedFrom(status)) {
            throw new ConflictException("ILLEGAL_TRANSITION", "An application that is " + status + " does not allow "
                    + action + ".", Map.of("currentStatus", status,
                            "allowedActions", ApplicationAction.allowed(status, parties)));
        }
    }

    /**
     * Takes a step that needs nothing but its reason: starting the review (its due date runs on), deciding it,
     * approving, closing, withdrawing or cancelling (these end whatever was due).
     */
    public ApplicationTransition perform(ApplicationAction action, Set<Party> parties, Actor actor, String reason,
            Instant at) {
        if (!action.changesStatus()) {
            throw new IllegalArgumentException(action + " is not a step of its own");
        }
        require(action, parties);
        if (action != ApplicationAction.START_REVIEW) {
            dueOn = null;
        }
        return moveTo(action.outcome(status), action, actor, reason, at);
    }

    /** Submits the draft; the sending facilitator's review is due on {@code reviewDueOn}. */
    public ApplicationTransition submit(Set<Party> parties, Actor actor, String note, Instant at,
            LocalDate reviewDueOn) {
        require(ApplicationAction.SUBMIT, parties);
        ApplicationTransition transition = moveTo(ApplicationStatus.SUBMITTED, ApplicationAction.SUBMIT, actor,
                note, at);
        dueOn = reviewDueOn;
        return transition;
    }

    /** Asks the company for information; the review deadline pauses with the working days it had left. */
    public ApplicationTransition hold(Set<Party> parties, Actor actor, String message, Instant at, LocalDate today) {
        require(ApplicationAction.HOLD, parties);
        reviewDaysLeft = dueOn == null ? 0 : ProgrammeCalendar.workingDaysBetween(today, dueOn);
        dueOn = null;
        return moveTo(ApplicationStatus.ON_HOLD, ApplicationAction.HOLD, actor, message, at);
    }

    /** The company answered; the review deadline runs again for the working days it had left. */
    public ApplicationTransition respond(Set<Party> parties, Actor actor, String answer, Instant at,
            LocalDate today) {
        require(ApplicationAction.RESPOND, parties);
        dueOn = ProgrammeCalendar.addWorkingDays(today, reviewDaysLeft == null ? 0 : reviewDaysLeft);
        reviewDaysLeft = null;
        return moveTo(ApplicationStatus.UNDER_REVIEW, ApplicationAction.RESPOND, actor, answer, at);
    }

    /** A new revision of the learning project; signatures of earlier revisions no longer count. */
    public ProjectRevision revise(LearningProject project, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.REVISE_PROJECT, parties);
        apply(project, projectRevision + 1);
        touch(actor.subject(), at);
        return new ProjectRevision(getId(), projectRevision, project, actor, at);
    }

    /** The host accepted a proposal: it and its facilitator join the application. */
    public ApplicationTransition matchWith(UUID hostSmeId, UUID hostFacilitatorId, Set<Party> parties, Actor actor,
            String answer, Instant at) {
        require(ApplicationAction.ACCEPT_PROPOSAL, parties);
        this.hostSmeId = hostSmeId;
        this.hostFacilitatorId = hostFacilitatorId;
        return moveTo(ApplicationStatus.MATCHED, ApplicationAction.ACCEPT_PROPOSAL, actor, answer, at);
    }

    /** A party's signature of {@code revision}; only the current revision can be signed. */
    public ProjectSignature sign(int revision, Party party, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.SIGN, parties);
        if (!parties.contains(party) || !ProjectSignature.SIGNATORIES.contains(party)) {
            throw new AccessDeniedException("You cannot sign as " + party + ".");
        }
        if (revision != projectRevision) {
            throw new ConflictException("OUTDATED_REVISION", "Revision " + revision + " is not the current one.",
                    Map.of("currentRevision", projectRevision));
        }
        touch(actor.subject(), at);
        return new ProjectSignature(getId(), revision, party, actor.subject(), at);
    }

    /** Every signatory signed the current revision: the agreement stands. */
    public ApplicationTransition agreementSigned(Actor lastSigner, Instant at) {
        return moveTo(ApplicationStatus.AGREEMENT_SIGNED, ApplicationAction.SIGN, lastSigner,
                "All parties signed revision " + projectRevision, at);
    }

    public void confirmInsurance(String reference, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.CONFIRM_INSURANCE, parties);
        insuranceReference = reference;
        insuranceConfirmedAt = at;
        touch(actor.subject(), at);
    }

    /** The host confirms the arrival; health insurance must have been confirmed before the stay starts. */
    public ApplicationTransition confirmArrival(LocalDate arrivedOn, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.CONFIRM_ARRIVAL, parties);
        if (insuranceConfirmedAt == null) {
            throw new BusinessRuleException("INSURANCE_MISSING",
                    "The sending company must confirm the participant's health insurance before the stay starts.");
        }
        actualStart = arrivedOn;
        return moveTo(ApplicationStatus.IN_PROGRESS, ApplicationAction.CONFIRM_ARRIVAL, actor, null, at);
    }

    /** The host confirms the departure; the final reports are due {@code reportDueDays} later. */
    public ApplicationTransition confirmDeparture(LocalDate departedOn, int reportDueDays, Set<Party> parties,
            Actor actor, Instant at) {
        require(ApplicationAction.CONFIRM_DEPARTURE, parties);
        if (departedOn.isBefore(actualStart)) {
            throw new BusinessRuleException("DEPARTURE_BEFORE_ARRIVAL",
                    "The participant arrived on " + actualStart + ".");
        }
        actualEnd = departedOn;
        dueOn = departedOn.plusDays(reportDueDays);
        return moveTo(ApplicationStatus.COMPLETED, ApplicationAction.CONFIRM_DEPARTURE, actor, null, at);
    }

    /** The last of the three final reports came in. */
    public ApplicationTransition reportsComplete(Actor lastReporter, Instant at) {
        dueOn = null;
        return moveTo(ApplicationStatus.REPORTED, ApplicationAction.REPORT, lastReporter, "All final reports in", at);
    }

    private ApplicationTransition moveTo(ApplicationStatus next, ApplicationAction action, Actor actor, String reason,
            Instant at) {
        ApplicationStatus previous = status;
        status = next;
        touch(actor.subject(), at);
        return new ApplicationTransition(getId(), actor, action, previous, next, reason, at);
    }

    private void apply(LearningProject project, int revision) {
        projectRevision = revision;
        objectivesForSender = project.objectivesForSender().toArray(String[]::new);
        objectivesForHost = project.objectivesForHost().toArray(String[]::new);
        expectedOutcomes = project.expectedOutcomes();
        activityPlan = project.activityPlan();
        plannedStay = project.plannedStay().encode();
    }

    public LearningProject project() {
        return new LearningProject(List.of(objectivesForSender), List.of(objectivesForHost), expectedOutcomes,
                activityPlan, plannedStay());
    }

    public Stay plannedStay() {
        return Stay.decode(plannedStay);
    }

    public boolean isOverdueOn(LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }

    public UUID getCallId() {
        return callId;
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public UUID getSendingSmeId() {
        return sendingSmeId;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public UUID getHostSmeId() {
        return hostSmeId;
    }

    public CollaborationType getCollaborationType() {
        return collaborationType;
    }

    public UUID getSendingFacilitatorId() {
        return sendingFacilitatorId;
    }

    public UUID getHostFacilitatorId() {
        return hostFacilitatorId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getProjectRevision() {
        return projectRevision;
    }

    public Instant getInsuranceConfirmedAt() {
        return insuranceConfirmedAt;
    }

    public String getInsuranceReference() {
        return insuranceReference;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }
}
