package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.domain.CallPolicy;
import eu.mobilisesme.call.service.CallPolicyService;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.HostSuggestion;
import eu.mobilisesme.mobility.domain.MatchProposal;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.persistence.MatchProposalRepository;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.mobility.persistence.TransitionRepository;
import eu.mobilisesme.mobility.service.ApplicationAccess.Loaded;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.VerificationStatus;
import eu.mobilisesme.sme.service.SmeService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Finding a host: ranked suggestions, proposals from the sending side, and the host's answer. */
@ApplicationScoped
public class MatchingService {

    /** How many candidate hosts are scored per request; the best {@code limit} of them are returned. */
    private static final int CANDIDATES_SCORED = 500;
    private static final String PROPOSAL = "Match proposal";
    private static final Comparator<HostSuggestion> BEST_FIRST = Comparator
            .comparingInt(HostSuggestion::score).reversed().thenComparing(HostSuggestion::hostSmeId);

    private final MobilityApplicationRepository applications;
    private final MatchProposalRepository proposals;
    private final TransitionRepository transitions;
    private final ApplicationAccess access;
    private final CallPolicyService callPolicies;
    private final SmeService smes;
    private final ParticipantService participants;
    private final Clock clock;

    public MatchingService(MobilityApplicationRepository applications, MatchProposalRepository proposals,
            TransitionRepository transitions, ApplicationAccess access, CallPolicyService callPolicies,
            SmeService smes, ParticipantService participants, Clock clock) {
        this.applications = applications;
        this.proposals = proposals;
        this.transitions = transitions;
        this.access = access;
        this.callPolicies = callPolicies;
        this.smes = smes;
        this.participants = participants;
        this.clock = clock;
    }

    /** Hosts for the application, best first, each with the reasons of its score. For the sending side. */
    @WithSession
    public Uni<List<HostSuggestion>> suggest(Actor actor, UUID id, Set<String> preferredCountries, int limit) {
        return access.visible(actor, id).flatMap(loaded -> {
            requireSendingSide(loaded);
            MobilityApplication application = loaded.application();
            return smes.findForRules(application.getSendingSmeId()).flatMap(sender -> participants
                    .memberOf(application.getParticipantId(), sender.getId())
                    .map(participant -> new HostSuggestion.Sender(sender.details(), participant.getLanguages(),
                            application.getCollaborationType(), preferredCountries))
                    .flatMap(sending -> policyOf(application)
                            .flatMap(policy -> smes.hostCandidates(sender.getCountry(), policy.getEligibleCountries(),
                                    sender.details().nace().code().substring(0, 2),
                                    favoured(sender, preferredCountries), CANDIDATES_SCORED))
                            .map(candidates -> candidates.stream()
                                    .map(host -> HostSuggestion.evaluate(sending, host.getId(), host.details()))
                                    .sorted(BEST_FIRST)
                                    .limit(limit)
                                    .toList())));
        });
    }

    /**
     * The sending side proposes the application to a host: verified, hosting, in another eligible country, while
     * the application has fewer open proposals than the policy allows.
     */
    @WithTransaction
    public Uni<MatchProposal> propose(Actor actor, UUID id, UUID hostSmeId, String message) {
        return access.locked(actor, id).flatMap(loaded -> {
            MobilityApplication application = loaded.application();
            application.require(ApplicationAction.PROPOSE, loaded.parties());
            return policyOf(application).flatMap(policy -> smes.findForRules(application.getSendingSmeId())
                    .flatMap(sender -> smes.findForRules(hostSmeId)
                            .invoke(host -> requireSuitableHost(sender, host, policy))))
                    .call(host -> proposals.isProposedTo(id, hostSmeId).invoke(proposed -> {
                        if (proposed) {
                            throw new ConflictException("DUPLICATE_PROPOSAL", "The host already has this proposal.");
                        }
                    }))
                    .call(host -> proposals.countOpen(id).flatMap(open -> policyOf(application).invoke(policy -> {
                        if (open >= policy.rules().maxOpenProposals()) {
                            throw new BusinessRuleException("TOO_MANY_PROPOSALS", "An application may have at most "
                                    + policy.rules().maxOpenProposals() + " open proposals.");
                        }
                    })))
                    .map(host -> new MatchProposal(id, hostSmeId, message, actor, clock.instant()))
                    .call(proposals::persist);
        });
    }

    /** The proposals of the application; a proposed host sees only its own. */
    @WithSession
    public Uni<List<MatchProposal>> proposals(Actor actor, UUID id) {
        return access.visible(actor, id).flatMap(loaded -> proposals.findByApplication(id)
                .map(all -> onlyHostSide(loaded) ? all.stream()
                        .filter(proposal -> actor.actsForSme(proposal.getHostSmeId())).toList() : all));
    }

    /** The host accepts: it joins the application, which is MATCHED; the other open proposals close. */
    @WithTransaction
    public Uni<MatchProposal> accept(Actor actor, UUID id, UUID proposalId, String answer) {
        return answer(actor, id, proposalId, ApplicationAction.ACCEPT_PROPOSAL).flatMap(found -> {
            MatchProposal proposal = found.proposal();
            proposal.answer(true, answer, actor, clock.instant());
            return smes.lockForRules(proposal.getHostSmeId())
                    .call(host -> requireRoom(host, found.loaded().application()))
                    .map(host -> found.loaded().application().matchWith(host.getId(), host.getFacilitatorId(),
                            found.loaded().parties(), actor, answer, clock.instant()))
                    .call(transitions::persist)
                    .call(transition -> proposals.findByApplication(id)
                            .invoke(all -> all.forEach(other -> other.close(clock.instant()))))
                    .call(transition -> applications.flush())
                    .replaceWith(proposal);
        });
    }

    @WithTransaction
    public Uni<MatchProposal> decline(Actor actor, UUID id, UUID proposalId, String answer) {
        return answer(actor, id, proposalId, ApplicationAction.DECLINE_PROPOSAL)
                .invoke(found -> found.proposal().answer(false, answer, actor, clock.instant()))
                .call(found -> proposals.flush())
                .map(Answering::proposal);
    }

    private record Answering(Loaded loaded, MatchProposal proposal) {
    }

    /** The proposal, if it belongs to the application and the actor acts for its host. */
    private Uni<Answering> answer(Actor actor, UUID id, UUID proposalId, ApplicationAction action) {
        return access.locked(actor, id).flatMap(loaded -> proposals.findById(proposalId).map(proposal -> {
            if (proposal == null || !proposal.getApplicationId().equals(id)) {
                throw new ResourceNotFoundException(PROPOSAL, proposalId);
            }
            if (!actor.actsForSme(proposal.getHostSmeId())) {
                throw new AccessDeniedException("Only the proposed host answers a proposal.");
            }
            loaded.application().require(action, loaded.parties());
            return new Answering(loaded, proposal);
        }));
    }

    /**
     * The host may not receive more people at once than its hosting capacity. The host row is locked, so two
     * acceptances at the same time are counted one after the other.
     */
    private Uni<Void> requireRoom(Sme host, MobilityApplication application) {
        return applications.findHostedUpcoming(host.getId(), application.getId()).invoke(hosted -> {
            long atTheSameTime = hosted.stream()
                    .filter(other -> other.plannedStay().overlaps(application.plannedStay())).count();
            if (atTheSameTime >= host.details().hostingCapacity()) {
                throw new BusinessRuleException("HOST_AT_CAPACITY", "The host already receives "
                        + atTheSameTime + " people during these dates, its capacity.");
            }
        }).replaceWithVoid();
    }

    private Uni<CallPolicy> policyOf(MobilityApplication application) {
        return callPolicies.version(application.getCallId(), application.getPolicyVersion());
    }

    private static void requireSendingSide(Loaded loaded) {
        if (!loaded.parties().contains(Party.SENDING_SME) && !loaded.parties().contains(Party.SENDING_FACILITATOR)
                && !loaded.parties().contains(Party.ADMIN)) {
            throw new AccessDeniedException("Suggestions are for the sending side.");
        }
    }

    private static Set<String> favoured(Sme sender, Set<String> preferredCountries) {
        Set<String> favoured = new HashSet<>(preferredCountries);
        favoured.addAll(sender.details().targetMarkets());
        return favoured;
    }

    private static boolean onlyHostSide(Loaded loaded) {
        return loaded.parties().equals(Set.of(Party.HOST_SME));
    }

    private static void requireSuitableHost(Sme sender, Sme host, CallPolicy policy) {
        if (host.getStatus() != VerificationStatus.VERIFIED) {
            throw new BusinessRuleException("HOST_NOT_VERIFIED", "The host company is not verified.");
        }
        if (!host.details().exchangeRole().hosts() || host.details().hostingCapacity() < 1) {
            throw new BusinessRuleException("HOST_NOT_HOSTING", "The company does not host staff.");
        }
        if (host.getCountry().equals(sender.getCountry())) {
            throw new BusinessRuleException("SAME_COUNTRY",
                    "The host must be in another country than the sending company.");
        }
        if (!policy.isEligible(host.getCountry())) {
            throw new BusinessRuleException("COUNTRY_NOT_ELIGIBLE",
                    "Companies in " + host.getCountry() + " cannot host under this call.");
        }
    }
}
