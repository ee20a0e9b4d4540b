package eu.mobilisesme.mobility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.ProgrammeCalendar;

/**
 * A mobility application: one participant of a sending company, a host once one accepts, the learning project and
 * where it all stands. Every change goes through {@link ApplicationAction}'s table and returns the
 * {@link ApplicationStep} to record; the application keeps the policy version it is judged under, and what it needs
 * to know which actions can succeed now (insurance, who signed the current revision, which reports are in).
 */
@Entity
@Table(name = "mobility_application")
@SqlResultSetMapping(name = MobilityApplication.WITH_PARTIES,
        entities = @EntityResult(entityClass = MobilityApplication.class), columns = @ColumnResult(name = "parties"))
public class MobilityApplication extends AuditedEntity {

    /** A row of all the application's columns and a {@code parties} column: to read both in one statement. */
    public static final String WITH_PARTIES = "MobilityApplication.withParties";

    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "policy_version")
    private int policyVersion;
    @Column(name = "sending_sme_id")
    private UUID sendingSmeId;
    @Column(name = "sending_sme_client")
    private String sendingSmeClient;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "host_sme_id")
    private UUID hostSmeId;
    @Column(name = "host_sme_client")
    private String hostSmeClient;
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
    /** The parties that signed the current revision of the learning project. */
    @Column(name = "signed_parties")
    private String[] signedParties;
    /** The final reports that are in. */
    @Column(name = "reported_parties")
    private String[] reportedParties;
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
    public static Draft draft(UUID id, UUID callId, int policyVersion, CompanySide sender, UUID participantId,
            CollaborationType collaborationType, LearningProject project, Actor actor, Instant at) {
        MobilityApplication application = new MobilityApplication(id, actor, at);
        application.callId = callId;
        application.policyVersion = policyVersion;
        application.sendingSmeId = sender.smeId();
        application.sendingFacilitatorId = sender.facilitatorId();
        application.sendingSmeClient = sender.partnerClient();
        application.participantId = participantId;
        application.collaborationType = collaborationType;
        application.status = ApplicationStatus.DRAFT;
        application.reportedParties = new String[0];
        application.apply(project, 1);
        return new Draft(application, new ProjectRevision(id, 1, project, actor, at),
                new ApplicationStep(id, actor, null, null, ApplicationStatus.DRAFT, "Drafted", at)
                        .concerningRevision(1));
    }

    /** A new draft, its first learning project revision and the first step of its history. */
    public record Draft(MobilityApplication application, ProjectRevision revision, ApplicationStep created) {
    }

    /** What the parties may do now: what the status allows them, and what the application's own state permits. */
    public List<ApplicationAction> allowedActions(Set<Party> parties) {
        return ApplicationAction.allowed(status, parties).stream()
                .filter(action -> isPossibleNow(action, parties))
                .toList();
    }

    private boolean isPossibleNow(ApplicationAction action, Set<Party> parties) {
        return switch (action) {
            case SUBMIT -> sendingFacilitatorId != null;
            case CONFIRM_INSURANCE -> insuranceConfirmedAt == null;
            case CONFIRM_ARRIVAL -> insuranceConfirmedAt != null;
            case SIGN -> !unsignedPartiesAmong(parties).isEmpty();
            case REPORT -> EnumSet.allOf(ReportParty.class).stream()
                    .anyMatch(report -> parties.contains(report.filer()) && !isReported(report));
            default -> true;
        };
    }

    /** Fails unless the parties may take the action (403) now (409, naming the status and what is allowed). */
    public void require(ApplicationAction action, Set<Party> parties) {
        requirePart(action, parties);
        if (!action.isAllowedFrom(status)) {
            throw new ConflictException("ILLEGAL_TRANSITION", "An application that is " + status + " does not allow "
                    + action + ".", Map.of("currentStatus", status, "allowedActions", allowedActions(parties)));
        }
    }

    /** Fails unless one of the parties may take the action, whatever the status (403). */
    public static void requirePart(ApplicationAction action, Set<Party> parties) {
        if (!action.isAllowedFor(parties)) {
            throw new AccessDeniedException("Your part in this application does not allow " + action + ".");
        }
    }

    /**
     * Takes a step that needs nothing but its reason: starting the review (its due date runs on), deciding it,
     * approving, closing, withdrawing or cancelling (these end whatever was due).
     */
    public ApplicationStep perform(ApplicationAction action, Set<Party> parties, Actor actor, String reason,
            Instant at) {
        if (!ApplicationAction.PLAIN_STEPS.contains(action)) {
            throw new IllegalArgumentException(action + " needs more than a reason");
        }
        require(action, parties);
        if (action != ApplicationAction.START_REVIEW) {
            dueOn = null;
        }
        return moveTo(action.outcome(status), action, actor, reason, at);
    }

    /**
     * Submits the draft to the facilitator in charge of the sending company now (it may have changed since the
     * draft was made); the review is due on {@code reviewDueOn}.
     */
    public ApplicationStep submit(UUID facilitatorInCharge, Set<Party> parties, Actor actor, String note, Instant at,
            LocalDate reviewDueOn) {
        require(ApplicationAction.SUBMIT, parties);
        if (facilitatorInCharge == null) {
            throw new BusinessRuleException("NO_FACILITATOR",
                    "The sending company has no facilitator yet; a programme administrator assigns one.");
        }
        sendingFacilitatorId = facilitatorInCharge;
        ApplicationStep step = moveTo(ApplicationStatus.SUBMITTED, ApplicationAction.SUBMIT, actor, note, at);
        dueOn = reviewDueOn;
        return step;
    }

    /** The sending company of a draft was given to another facilitator, who is now in charge of the draft too. */
    public void followFacilitator(UUID facilitatorInCharge, Actor actor, Instant at) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalStateException("A submitted application keeps the facilitator reviewing it");
        }
        sendingFacilitatorId = facilitatorInCharge;
        touch(actor.subject(), at);
    }

    /** Asks the company for information; the review deadline pauses with the working days it had left. */
    public ApplicationStep hold(Set<Party> parties, Actor actor, String message, Instant at, LocalDate today) {
        require(ApplicationAction.HOLD, parties);
        reviewDaysLeft = dueOn == null ? 0 : ProgrammeCalendar.workingDaysBetween(today, dueOn);
        dueOn = null;
        return moveTo(ApplicationStatus.ON_HOLD, ApplicationAction.HOLD, actor, message, at);
    }

    /** The company answered; the review deadline runs again for the working days it had left. */
    public ApplicationStep respond(Set<Party> parties, Actor actor, String answer, Instant at, LocalDate today) {
        require(ApplicationAction.RESPOND, parties);
        dueOn = ProgrammeCalendar.addWorkingDays(today, reviewDaysLeft == null ? 0 : reviewDaysLeft);
        reviewDaysLeft = null;
        return moveTo(ApplicationStatus.UNDER_REVIEW, ApplicationAction.RESPOND, actor, answer, at);
    }

    /** A new revision of the learning project; signatures of earlier revisions no longer count. */
    public Revised revise(LearningProject project, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.REVISE_PROJECT, parties);
        apply(project, projectRevision + 1);
        ApplicationStep step = record(ApplicationAction.REVISE_PROJECT, actor, null, at)
                .concerningRevision(projectRevision);
        return new Revised(new ProjectRevision(getId(), projectRevision, project, actor, at), step);
    }

    /** A new revision of the learning project and its step. */
    public record Revised(ProjectRevision revision, ApplicationStep step) {
    }

    /** The sending side asks {@code hostSmeId} to receive the participant. */
    public Proposed propose(UUID hostSmeId, String message, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.PROPOSE, parties);
        ApplicationStep step = record(ApplicationAction.PROPOSE, actor, message, at).concerningHost(hostSmeId);
        return new Proposed(new MatchProposal(getId(), hostSmeId, message, actor, at), step);
    }

    /** A new open proposal and its step. */
    public record Proposed(MatchProposal proposal, ApplicationStep step) {
    }

    /** The proposed host accepted: it and its facilitator join the application, which is MATCHED. */
    public ApplicationStep accept(MatchProposal proposal, CompanySide host, Set<Party> parties, Actor actor,
            String answer, Instant at) {
        require(ApplicationAction.ACCEPT_PROPOSAL, parties);
        requireOwnProposal(proposal, actor);
        proposal.answer(true, answer, actor, at);
        hostSmeId = host.smeId();
        hostFacilitatorId = host.facilitatorId();
        hostSmeClient = host.partnerClient();
        return moveTo(ApplicationStatus.MATCHED, ApplicationAction.ACCEPT_PROPOSAL, actor, answer, at)
                .concerningHost(hostSmeId);
    }

    /** The proposed host declined; the application waits for other answers or proposals. */
    public ApplicationStep decline(MatchProposal proposal, Set<Party> parties, Actor actor, String answer,
            Instant at) {
        require(ApplicationAction.DECLINE_PROPOSAL, parties);
        requireOwnProposal(proposal, actor);
        proposal.answer(false, answer, actor, at);
        return record(ApplicationAction.DECLINE_PROPOSAL, actor, answer, at).concerningHost(proposal.getHostSmeId());
    }

    private static void requireOwnProposal(MatchProposal proposal, Actor actor) {
        if (!actor.actsForSme(proposal.getHostSmeId())) {
            throw new AccessDeniedException("Only the proposed host answers a proposal.");
        }
    }

    /**
     * A party's signature of {@code revision}; only the current revision can be signed, once per party. The last
     * signature makes the agreement.
     */
    public Signed sign(int revision, Party party, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.SIGN, parties);
        if (!parties.contains(party) || !ProjectSignature.SIGNATORIES.contains(party)) {
            throw new AccessDeniedException("You cannot sign as " + party + ".");
        }
        if (revision != projectRevision) {
            throw new ConflictException("OUTDATED_REVISION", "Revision " + revision + " is not the current one.",
                    Map.of("currentRevision", projectRevision));
        }
        Set<Party> signed = signedParties();
        if (!signed.add(party)) {
            throw new ConflictException("ALREADY_SIGNED", party + " already signed revision " + revision + ".");
        }
        signedParties = names(signed);
        ApplicationStep step = signed.containsAll(ProjectSignature.SIGNATORIES)
                ? moveTo(ApplicationStatus.AGREEMENT_SIGNED, ApplicationAction.SIGN, actor,
                        "All parties signed revision " + revision, at)
                : record(ApplicationAction.SIGN, actor, null, at);
        return new Signed(new ProjectSignature(getId(), revision, party, actor.subject(), at),
                step.concerningRevision(revision).concerningParty(party));
    }

    /** A signature and its step. */
    public record Signed(ProjectSignature signature, ApplicationStep step) {
    }

    /** The sending company confirms the participant's health insurance, once. */
    public ApplicationStep confirmInsurance(String reference, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.CONFIRM_INSURANCE, parties);
        if (insuranceConfirmedAt != null) {
            throw new ConflictException("INSURANCE_ALREADY_CONFIRMED",
                    "The participant's health insurance was confirmed on " + insuranceConfirmedAt + ".");
        }
        insuranceReference = reference;
        insuranceConfirmedAt = at;
        return record(ApplicationAction.CONFIRM_INSURANCE, actor, null, at);
    }

    /**
     * The host confirms the arrival: not a day still to come, not before the health insurance was confirmed, and
     * within the planned stay give or take the call's tolerance.
     */
    public ApplicationStep confirmArrival(LocalDate arrivedOn, LocalDate today, StayRules rules, Set<Party> parties,
            Actor actor, Instant at) {
        require(ApplicationAction.CONFIRM_ARRIVAL, parties);
        if (insuranceConfirmedAt == null) {
            throw new BusinessRuleException("INSURANCE_MISSING",
                    "The sending company must confirm the participant's health insurance before the stay starts.");
        }
        requireNotAfter(arrivedOn, today);
        LocalDate insuredOn = LocalDate.ofInstant(insuranceConfirmedAt, ProgrammeCalendar.ZONE);
        if (arrivedOn.isBefore(insuredOn)) {
            throw new BusinessRuleException("ARRIVAL_BEFORE_INSURANCE",
                    "The health insurance was confirmed on " + insuredOn + "; the stay cannot start before.");
        }
        requireNearPlannedStay(arrivedOn, rules);
        actualStart = arrivedOn;
        return moveTo(ApplicationStatus.IN_PROGRESS, ApplicationAction.CONFIRM_ARRIVAL, actor, null, at);
    }

    /**
     * The host confirms the departure, as for the arrival and not before it; the final reports are due the call's
     * number of days later.
     */
    public ApplicationStep confirmDeparture(LocalDate departedOn, LocalDate today, StayRules rules,
            int reportDueDays, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.CONFIRM_DEPARTURE, parties);
        if (departedOn.isBefore(actualStart)) {
            throw new BusinessRuleException("DEPARTURE_BEFORE_ARRIVAL",
                    "The participant arrived on " + actualStart + ".");
        }
        requireNotAfter(departedOn, today);
        requireNearPlannedStay(departedOn, rules);
        actualEnd = departedOn;
        dueOn = departedOn.plusDays(reportDueDays);
        return moveTo(ApplicationStatus.COMPLETED, ApplicationAction.CONFIRM_DEPARTURE, actor, null, at);
    }

    private static void requireNotAfter(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new BusinessRuleException("DATE_IN_FUTURE", day + " is still to come; confirm it on the day.");
        }
    }

    private void requireNearPlannedStay(LocalDate day, StayRules rules) {
        Stay planned = plannedStay();
        LocalDate earliest = planned.first().startsOn().minusDays(rules.datesToleranceDays());
        LocalDate latest = planned.last().endsOn().plusDays(rules.datesToleranceDays());
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            throw new BusinessRuleException("DATE_OUTSIDE_PLANNED_STAY", "The planned stay allows dates from "
                    + earliest + " to " + latest + "; revise the learning project's dates first.");
        }
    }

    /**
     * The {@code party} report is filed: by the sending company (participant's and its own) or by the host, once
     * each. The last of the three makes the application REPORTED.
     */
    public ApplicationStep fileReport(ReportParty party, Set<Party> parties, Actor actor, Instant at) {
        require(ApplicationAction.REPORT, parties);
        if (!parties.contains(party.filer())) {
            throw new AccessDeniedException("The " + party + " report is filed by the " + party.filer() + ".");
        }
        if (isReported(party)) {
            throw new ConflictException("REPORT_ALREADY_FILED", "The " + party + " report is in.");
        }
        Set<ReportParty> reported = reportedParties();
        reported.add(party);
        reportedParties = names(reported);
        ApplicationStep step;
        if (reported.containsAll(EnumSet.allOf(ReportParty.class))) {
            dueOn = null;
            step = moveTo(ApplicationStatus.REPORTED, ApplicationAction.REPORT, actor, "All final reports in", at);
        } else {
            step = record(ApplicationAction.REPORT, actor, null, at);
        }
        return step.concerningParty(party);
    }

    private boolean isReported(ReportParty party) {
        return reportedParties().contains(party);
    }

    private Set<Party> unsignedPartiesAmong(Set<Party> parties) {
        Set<Party> unsigned = EnumSet.copyOf(ProjectSignature.SIGNATORIES);
        unsigned.retainAll(parties);
        unsigned.removeAll(signedParties());
        return unsigned;
    }

    private Set<Party> signedParties() {
        return values(Party.class, signedParties);
    }

    private Set<ReportParty> reportedParties() {
        return values(ReportParty.class, reportedParties);
    }

    private static <E extends Enum<E>> Set<E> values(Class<E> type, String[] names) {
        return Arrays.stream(names).map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    /** A step that changes the status. */
    private ApplicationStep moveTo(ApplicationStatus next, ApplicationAction action, Actor actor, String reason,
            Instant at) {
        ApplicationStatus previous = status;
        status = next;
        touch(actor.subject(), at);
        return new ApplicationStep(getId(), actor, action, previous, next, reason, at);
    }

    /** A step that keeps the status; it still changes the application, whose history it is part of. */
    private ApplicationStep record(ApplicationAction action, Actor actor, String reason, Instant at) {
        return moveTo(status, action, actor, reason, at);
    }

    private void apply(LearningProject project, int revision) {
        projectRevision = revision;
        objectivesForSender = project.objectivesForSender().toArray(String[]::new);
        objectivesForHost = project.objectivesForHost().toArray(String[]::new);
        expectedOutcomes = project.expectedOutcomes();
        activityPlan = project.activityPlan();
        plannedStay = project.plannedStay().encode();
        signedParties = new String[0];
    }

    /**
     * The partner clients that may read the application: those that registered its sending or its host company, as
     * {@code ApplicationParties} says for reads.
     */
    public Set<String> partnerReaders() {
        return partnerReaders(sendingSmeClient, hostSmeClient);
    }

    /** The partner readers of an application whose sending and host companies these clients registered (or null). */
    public static Set<String> partnerReaders(String sendingSmeClient, String hostSmeClient) {
        return Stream.of(sendingSmeClient, hostSmeClient).filter(Objects::nonNull).collect(Collectors.toSet());
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
