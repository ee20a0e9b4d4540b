package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallPolicyService;
import eu.mobilisesme.call.service.CallRules;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.ApplicationStep;
import eu.mobilisesme.mobility.domain.CompanySide;
import eu.mobilisesme.mobility.domain.LearningProject;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.domain.SeenApplication;
import eu.mobilisesme.mobility.persistence.MatchProposalRepository;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.mobility.persistence.ProjectRevisionRepository;
import eu.mobilisesme.mobility.persistence.StepRepository;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.sme.service.SmeService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The life of an application, from the draft to the closed file; one transaction per step. */
@ApplicationScoped
public class MobilityApplicationService {

    private final MobilityApplicationRepository applications;
    private final StepRepository steps;
    private final ApplicationHistory history;
    private final ProjectRevisionRepository revisions;
    private final MatchProposalRepository proposals;
    private final ApplicationAccess access;
    private final PlacementRules rules;
    private final CallPolicyService callPolicies;
    private final SmeService smes;
    private final ParticipantService participants;
    private final ApplicationGrants grants;
    private final Clock clock;

    public MobilityApplicationService(MobilityApplicationRepository applications, StepRepository steps,
            ProjectRevisionRepository revisions, MatchProposalRepository proposals, ApplicationAccess access,
            PlacementRules rules, CallPolicyService callPolicies, SmeService smes, ParticipantService participants,
            ApplicationGrants grants, ApplicationHistory history, Clock clock) {
        this.applications = applications;
        this.steps = steps;
        this.revisions = revisions;
        this.proposals = proposals;
        this.access = access;
        this.rules = rules;
        this.callPolicies = callPolicies;
        this.smes = smes;
        this.participants = participants;
        this.grants = grants;
        this.history = history;
        this.clock = clock;
    }

    /** A sending company drafts an application for one of its people under the call in force. */
    @WithTransaction
    public Uni<SeenApplication> draft(Actor actor, UUID participantId, CollaborationType collaborationType,
            LearningProject project) {
        UUID sendingSmeId = actor.smeId().filter(actor::actsForSme).orElseThrow(
                () -> new AccessDeniedException("Only a company's own users draft its applications."));
        return callPolicies.current()
                .invoke(policy -> Policies.requirePlannable(project.plannedStay(), policy, today()))
                .call(policy -> participants.memberOf(participantId, sendingSmeId))
                .flatMap(policy -> smes.profile(sendingSmeId).map(sender -> MobilityApplication.draft(
                        UUID.randomUUID(), policy.callId(), policy.policyVersion(),
                        new CompanySide(sender.id(), sender.facilitatorId(), sender.registeredByClient()),
                        participantId, collaborationType, project, actor, clock.instant())))
                .call(draft -> applications.persist(draft.application()))
                .call(draft -> revisions.persist(draft.revision()))
                .call(draft -> history.record(draft.application(), draft.created()))
                .flatMap(draft -> access.readable(actor, draft.application().getId(), ApplicationAccess.ANY_PARTY));
    }

    @WithSession
    public Uni<SeenApplication> get(Actor actor, UUID id) {
        return access.readable(actor, id, ApplicationAccess.ANY_PARTY);
    }

    /** The applications the actor plays a part in, newest first; with {@code overdueOnly}, past their due date. */
    @WithSession
    public Uni<List<SeenApplication>> list(Actor actor, boolean overdueOnly, Cursor after, int limit) {
        return applications.findPage(actor, overdueOnly ? today() : null, after, limit);
    }

    @WithSession
    public Uni<List<ApplicationStep>> history(Actor actor, UUID id) {
        return access.readable(actor, id, Party.DETAIL_READERS)
                .flatMap(seen -> steps.findByApplication(id));
    }

    /**
     * Submits the draft to the facilitator in charge of the sending company now, under the rules that count across
     * applications, held by row locks.
     */
    @WithTransaction
    public Uni<SeenApplication> submit(Actor actor, UUID id, String note, ExpectedVersion expected) {
        return step(actor, id, ApplicationAction.SUBMIT, expected, seen -> {
            MobilityApplication application = seen.application();
            application.require(ApplicationAction.SUBMIT, seen.parties());
            application.plannedStay().requireStartsOnOrAfter(today());
            return policyOf(application).flatMap(policy -> rules.requireSubmittable(application, policy)
                    .map(sender -> application.submit(sender.facilitatorId(), seen.parties(), actor, note,
                            clock.instant(), ProgrammeCalendar.addWorkingDays(today(), policy.reviewWorkingDays()))));
        });
    }

    /**
     * A step that needs nothing but its reason: starting the review, the eligibility decision, closing (once the
     * grant is settled), withdrawal and cancellation (which release what the grant did not pay). Ending an
     * application closes its open proposals.
     */
    @WithTransaction
    public Uni<SeenApplication> perform(Actor actor, UUID id, ApplicationAction action, String reason,
            ExpectedVersion expected) {
        return step(actor, id, action, expected, seen -> {
            ApplicationStep step = seen.application().perform(action, seen.parties(), actor, reason, clock.instant());
            return switch (action) {
                case CLOSE -> grants.close(seen.application(), actor).replaceWith(step);
                case WITHDRAW, CANCEL -> grants.release(seen.application(), reason, actor).replaceWith(step);
                default -> Uni.createFrom().item(step);
            };
        })
                .call(seen -> isEnd(seen.application().getStatus()) ? closeOpenProposals(id)
                        : Uni.createFrom().voidItem());
    }

    @WithTransaction
    public Uni<SeenApplication> hold(Actor actor, UUID id, String message, ExpectedVersion expected) {
        return step(actor, id, ApplicationAction.HOLD, expected, seen -> Uni.createFrom().item(seen.application()
                .hold(seen.parties(), actor, message, clock.instant(), today())));
    }

    @WithTransaction
    public Uni<SeenApplication> respond(Actor actor, UUID id, String answer, ExpectedVersion expected) {
        return step(actor, id, ApplicationAction.RESPOND, expected, seen -> Uni.createFrom().item(seen
                .application().respond(seen.parties(), actor, answer, clock.instant(), today())));
    }

    /**
     * Approval, by the sending facilitator or an administrator, after checking once more what may have changed:
     * both companies' verification, the stay, the host's room. The grant is committed in the same transaction, on
     * {@code budgetLineId} or the first eligible line with room, as its last step: the line's row is locked from the
     * reservation to the commit, and concurrent approvals queue on it, so nothing else is done while it is held.
     */
    @WithTransaction
    public Uni<SeenApplication> approve(Actor actor, UUID id, String note, Optional<UUID> budgetLineId,
            ExpectedVersion expected) {
        return step(actor, id, ApplicationAction.APPROVE, expected, seen -> {
            MobilityApplication application = seen.application();
            application.require(ApplicationAction.APPROVE, seen.parties());
            return policyOf(application).call(policy -> rules.requireApprovable(application, policy))
                    .map(policy -> application.perform(ApplicationAction.APPROVE, seen.parties(), actor, note,
                            clock.instant()));
        }).call(seen -> policyOf(seen.application()).flatMap(policy -> grants.commit(seen.application(), policy,
                budgetLineId, today(), actor)));
    }

    @WithTransaction
    public Uni<SeenApplication> confirmInsurance(Actor actor, UUID id, String reference, ExpectedVersion expected) {
        return step(actor, id, ApplicationAction.CONFIRM_INSURANCE, expected, seen -> Uni.createFrom()
                .item(seen.application().confirmInsurance(reference, seen.parties(), actor, clock.instant())));
    }

    @WithTransaction
    public Uni<SeenApplication> confirmArrival(Actor actor, UUID id, LocalDate arrivedOn, ExpectedVersion expected) {
        return step(actor, id, ApplicationAction.CONFIRM_ARRIVAL, expected, seen -> policyOf(seen.application())
                .map(policy -> seen.application().confirmArrival(arrivedOn, today(), Policies.stayRules(policy),
                        seen.parties(), actor, clock.instant()))
                .call(step -> grants.stayStarted(seen.application(), actor)));
    }

    @WithTransaction
    public Uni<SeenApplication> confirmDeparture(Actor actor, UUID id, LocalDate departedOn,
            ExpectedVersion expected) {
        return step(actor, id, ApplicationAction.CONFIRM_DEPARTURE, expected, seen -> policyOf(seen.application())
                .map(policy -> seen.application().confirmDeparture(departedOn, today(), Policies.stayRules(policy),
                        policy.reportDueDays(), seen.parties(), actor, clock.instant()))
                .call(step -> grants.stayEnded(seen.application(), actor)));
    }

    /** Locks the application, takes {@code step} on it and records the step in its history. */
    private Uni<SeenApplication> step(Actor actor, UUID id, ApplicationAction action, ExpectedVersion expected,
            Function<SeenApplication, Uni<ApplicationStep>> step) {
        return access.lockedForChange(actor, id, ApplicationAccess.ANY_PARTY, action, expected)
                .call(seen -> step.apply(seen).call(taken -> history.record(seen.application(), taken)));
    }

    private Uni<CallRules> policyOf(MobilityApplication application) {
        return callPolicies.version(application.getCallId(), application.getPolicyVersion());
    }

    private Uni<Void> closeOpenProposals(UUID id) {
        return proposals.findByApplication(id)
                .invoke(all -> all.forEach(proposal -> proposal.close(clock.instant())))
                .call(proposals::flush)
                .replaceWithVoid();
    }

    private static boolean isEnd(ApplicationStatus status) {
        return status == ApplicationStatus.REJECTED || status == ApplicationStatus.WITHDRAWN
                || status == ApplicationStatus.CANCELLED;
    }

    private LocalDate today() {
        return ProgrammeCalendar.today(clock);
    }
}
