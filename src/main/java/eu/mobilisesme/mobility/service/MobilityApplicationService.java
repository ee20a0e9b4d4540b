package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallPolicyService;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.ApplicationTransition;
import eu.mobilisesme.mobility.domain.LearningProject;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.persistence.MatchProposalRepository;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.mobility.persistence.ProjectRevisionRepository;
import eu.mobilisesme.mobility.persistence.TransitionRepository;
import eu.mobilisesme.mobility.service.ApplicationAccess.Loaded;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.sme.domain.CollaborationType;
import eu.mobilisesme.sme.service.SmeService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The life of an application, from the draft to the closed file; one transaction per step. */
@ApplicationScoped
public class MobilityApplicationService {

    private final MobilityApplicationRepository applications;
    private final TransitionRepository transitions;
    private final ProjectRevisionRepository revisions;
    private final MatchProposalRepository proposals;
    private final ApplicationAccess access;
    private final PlacementRules rules;
    private final CallPolicyService callPolicies;
    private final SmeService smes;
    private final ParticipantService participants;
    private final Clock clock;

    public MobilityApplicationService(MobilityApplicationRepository applications, TransitionRepository transitions,
            ProjectRevisionRepository revisions, MatchProposalRepository proposals, ApplicationAccess access,
            PlacementRules rules, CallPolicyService callPolicies, SmeService smes, ParticipantService participants,
            Clock clock) {
        this.applications = applications;
        this.transitions = transitions;
        this.revisions = revisions;
        this.proposals = proposals;
        this.access = access;
        this.rules = rules;
        this.callPolicies = callPolicies;
        this.smes = smes;
        this.participants = participants;
        this.clock = clock;
    }

    /** An application and what the actor may do with it now. */
    public record View(MobilityApplication application, List<ApplicationAction> allowedActions) {

        static View of(Loaded loaded) {
            return new View(loaded.application(),
                    ApplicationAction.allowed(loaded.application().getStatus(), loaded.parties()));
        }
    }

    /** A sending company drafts an application for one of its people under the call in force. */
    @WithTransaction
    public Uni<View> draft(Actor actor, UUID participantId, CollaborationType collaborationType,
            LearningProject project) {
        UUID sendingSmeId = actor.smeId().filter(actor::actsForSme).orElseThrow(
                () -> new AccessDeniedException("Only a company's own users draft its applications."));
        return callPolicies.current()
                .invoke(policy -> project.plannedStay().requireWithin(policy.rules()))
                .call(policy -> participants.memberOf(participantId, sendingSmeId))
                .flatMap(policy -> smes.findForRules(sendingSmeId).map(sender -> MobilityApplication.draft(
                        UUID.randomUUID(), policy.getCallId(), policy.getPolicyVersion(), sendingSmeId,
                        sender.getFacilitatorId(), participantId, collaborationType, project, actor,
                        clock.instant())))
                .call(draft -> applications.persist(draft.application()))
                .call(draft -> revisions.persist(draft.revision()))
                .call(draft -> transitions.persist(draft.created()))
                .flatMap(draft -> access.visible(actor, draft.application().getId()))
                .map(View::of);
    }

    @WithSession
    public Uni<View> get(Actor actor, UUID id) {
        return access.visible(actor, id).map(View::of);
    }

    /** The applications the actor plays a part in, newest first; with {@code overdueOnly}, past their due date. */
    @WithSession
    public Uni<List<MobilityApplication>> list(Actor actor, boolean overdueOnly, Cursor after, int limit) {
        boolean seesAll = actor.isAdmin() || (actor.isPartner() && actor.hasScope(MobilityApplication.APPLICATIONS_READ));
        return applications.findPage(actor, seesAll, overdueOnly ? today() : null, after, limit);
    }

    @WithSession
    public Uni<List<ApplicationTransition>> history(Actor actor, UUID id) {
        return access.visible(actor, id).flatMap(loaded -> transitions.findByApplication(id));
    }

    /** Submits the draft, under the rules that count across applications, held by row locks. */
    @WithTransaction
    public Uni<View> submit(Actor actor, UUID id, String note) {
        return access.locked(actor, id)
                .invoke(loaded -> loaded.application().require(ApplicationAction.SUBMIT, loaded.parties()))
                .call(loaded -> callPolicies.version(loaded.application().getCallId(),
                        loaded.application().getPolicyVersion())
                        .call(policy -> rules.requireSubmittable(loaded.application(), policy))
                        .call(policy -> record(loaded.application().submit(loaded.parties(), actor, note,
                                clock.instant(),
                                ProgrammeCalendar.addWorkingDays(today(), policy.getReviewWorkingDays())))))
                .map(View::of);
    }

    /**
     * A step that needs nothing but its reason: starting the review, the eligibility decision, closing, withdrawal
     * and cancellation. Ending an application closes its open proposals.
     */
    @WithTransaction
    public Uni<View> perform(Actor actor, UUID id, ApplicationAction action, String reason) {
        return access.locked(actor, id)
                .call(loaded -> record(loaded.application().perform(action, loaded.parties(), actor, reason,
                        clock.instant())))
                .call(loaded -> isEnd(loaded.application().getStatus()) ? closeOpenProposals(id)
                        : Uni.createFrom().voidItem())
                .map(View::of);
    }

    @WithTransaction
    public Uni<View> hold(Actor actor, UUID id, String message) {
        return access.locked(actor, id)
                .call(loaded -> record(loaded.application().hold(loaded.parties(), actor, message, clock.instant(),
                        today())))
                .map(View::of);
    }

    @WithTransaction
    public Uni<View> respond(Actor actor, UUID id, String answer) {
        return access.locked(actor, id)
                .call(loaded -> record(loaded.application().respond(loaded.parties(), actor, answer,
                        clock.instant(), today())))
                .map(View::of);
    }

    /** Approval, by the sending facilitator or an administrator, after the stay is checked once more. */
    @WithTransaction
    public Uni<View> approve(Actor actor, UUID id, String note) {
        return access.locked(actor, id)
                .invoke(loaded -> loaded.application().require(ApplicationAction.APPROVE, loaded.parties()))
                .call(loaded -> rules.requireApprovable(loaded.application()))
                .call(loaded -> record(loaded.application().perform(ApplicationAction.APPROVE, loaded.parties(),
                        actor, note, clock.instant())))
                .map(View::of);
    }

    @WithTransaction
    public Uni<View> confirmInsurance(Actor actor, UUID id, String reference) {
        return access.locked(actor, id)
                .invoke(loaded -> loaded.application().confirmInsurance(reference, loaded.parties(), actor,
                        clock.instant()))
                .call(applications::flush)
                .map(View::of);
    }

    @WithTransaction
    public Uni<View> confirmArrival(Actor actor, UUID id, LocalDate arrivedOn) {
        return access.locked(actor, id)
                .call(loaded -> record(loaded.application().confirmArrival(arrivedOn, loaded.parties(), actor,
                        clock.instant())))
                .map(View::of);
    }

    @WithTransaction
    public Uni<View> confirmDeparture(Actor actor, UUID id, LocalDate departedOn) {
        return access.locked(actor, id)
                .call(loaded -> callPolicies.version(loaded.application().getCallId(),
                        loaded.application().getPolicyVersion())
                        .call(policy -> record(loaded.application().confirmDeparture(departedOn,
                                policy.rules().reportDueDays(), loaded.parties(), actor, clock.instant()))))
                .map(View::of);
    }

    private Uni<Void> record(ApplicationTransition transition) {
        return transitions.persist(transition).call(applications::flush).replaceWithVoid();
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
