package eu.mobilisesme.mobility.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallPolicyService;
import eu.mobilisesme.call.service.CallRules;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.CompanySide;
import eu.mobilisesme.mobility.domain.HostSuggestion;
import eu.mobilisesme.mobility.domain.MatchProposal;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.SeenApplication;
import eu.mobilisesme.mobility.persistence.MatchProposalRepository;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.sme.service.SmeProfile;
import eu.mobilisesme.sme.service.SmeService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Finding a host: ranked suggestions, proposals from the sending side, and the proposed host's answer. */
@ApplicationScoped
public class MatchingService {

    /** How many candidate hosts are scored per request; the best {@code limit} of them are returned. */
    private static final int CANDIDATES_SCORED = 500;
    private static final String PROPOSAL = "Match proposal";
    private static final Comparator<HostSuggestion> BEST_FIRST = Comparator
            .comparingInt(HostSuggestion::score).reversed().thenComparing(HostSuggestion::hostSmeId);

    private final MatchProposalRepository proposals;
    private final ApplicationHistory history;
    private final ApplicationAccess access;
    private final PlacementRules rules;
    private final CallPolicyService callPolicies;
    private final SmeService smes;
    private final ParticipantService participants;
    private final Clock clock;

    public MatchingService(MatchProposalRepository proposals, ApplicationHistory history, ApplicationAccess access,
            PlacementRules rules, CallPolicyService callPolicies, SmeService smes, ParticipantService participants,
            Clock clock) {
        this.proposals = proposals;
        this.history = history;
        this.access = access;
        this.rules = rules;
        this.callPolicies = callPolicies;
        this.smes = smes;
        this.participants = participants;
        this.clock = clock;
    }

    /** Hosts for the application, best first, each with the reasons of its score. For the sending side. */
    @WithSession
    public Uni<List<HostSuggestion>> suggest(Actor actor, UUID id, Set<String> preferredCountries, int limit) {
        return access.readable(actor, id, ApplicationAccess.SENDING_SIDE).flatMap(seen -> {
            MobilityApplication application = seen.application();
            return smes.profile(application.getSendingSmeId()).flatMap(sender -> participants
                    .memberOf(application.getParticipantId(), sender.id())
                    .map(participant -> new HostSuggestion.Sender(matching(sender), participant.languages(),
                            application.getCollaborationType(), preferredCountries))
                    .flatMap(sending -> policyOf(application)
                            .flatMap(policy -> smes.hostCandidates(sender.country(), policy.eligibleCountries(),
                                    sender.naceCode().substring(0, 2), favoured(sender, preferredCountries),
                                    CANDIDATES_SCORED))
                            .map(candidates -> candidates.stream()
                                    .map(host -> HostSuggestion.evaluate(sending, matching(host)))
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
    public Uni<MatchProposal> propose(Actor actor, UUID id, UUID hostSmeId, String message,
            ExpectedVersion expected) {
        return access.lockedForChange(actor, id, ApplicationAccess.ANY_PARTY, ApplicationAction.PROPOSE, expected)
                .flatMap(seen -> {
                    MobilityApplication application = seen.application();
                    application.require(ApplicationAction.PROPOSE, seen.parties());
                    return policyOf(application)
                            .call(policy -> requireSuitableHost(application, hostSmeId, policy))
                            .call(policy -> requireRoomForAProposal(id, hostSmeId, policy))
                            .map(policy -> application.propose(hostSmeId, message, seen.parties(), actor,
                                    clock.instant()))
                            .call(proposed -> proposals.persist(proposed.proposal()))
                            .call(proposed -> history.record(application, proposed.step()));
                })
                .map(proposed -> proposed.proposal());
    }

    /** The proposals of the application; a proposed host sees only its own. */
    @WithSession
    public Uni<List<MatchProposal>> proposals(Actor actor, UUID id) {
        return access.readable(actor, id, ApplicationAccess.ANY_PARTY).flatMap(seen -> proposals
                .findByApplication(id).map(all -> seen.readsDetails() ? all
                        : all.stream().filter(proposal -> actor.actsForSme(proposal.getHostSmeId())).toList()));
    }

    /**
     * The proposed host accepts, if it still hosts and has room: it joins the application, which is MATCHED; the
     * other open proposals close.
     */
    @WithTransaction
    public Uni<MatchProposal> accept(Actor actor, UUID id, UUID proposalId, String answer,
            ExpectedVersion expected) {
        return answering(actor, id, proposalId, ApplicationAction.ACCEPT_PROPOSAL, expected).flatMap(found -> {
            MatchProposal proposal = found.proposal();
            MobilityApplication application = found.seen().application();
            application.require(ApplicationAction.ACCEPT_PROPOSAL, found.seen().parties());
            return rules.requireAcceptableHost(proposal.getHostSmeId(), application)
                    .map(host -> application.accept(proposal,
                            new CompanySide(host.id(), host.facilitatorId(), host.registeredByClient()),
                            found.seen().parties(), actor, answer, clock.instant()))
                    .call(step -> history.record(application, step))
                    .call(step -> proposals.findByApplication(id)
                            .invoke(all -> all.forEach(other -> other.close(clock.instant()))))
                    .call(step -> proposals.flush())
                    .replaceWith(proposal);
        });
    }

    @WithTransaction
    public Uni<MatchProposal> decline(Actor actor, UUID id, UUID proposalId, String answer,
            ExpectedVersion expected) {
        return answering(actor, id, proposalId, ApplicationAction.DECLINE_PROPOSAL, expected)
                .call(found -> history.record(found.seen().application(), found.seen().application().decline(
                        found.proposal(), found.seen().parties(), actor, answer, clock.instant())))
                .map(Answering::proposal);
    }

    private record Answering(SeenApplication seen, MatchProposal proposal) {
    }

    /**
     * The proposal being answered, if it belongs to the application and the actor may read it: a proposed host reads
     * only its own.
     */
    private Uni<Answering> answering(Actor actor, UUID id, UUID proposalId, ApplicationAction answer,
            ExpectedVersion expected) {
        return access.lockedForChange(actor, id, ApplicationAccess.ANY_PARTY, answer, expected)
                .flatMap(seen -> proposals.findById(proposalId).map(proposal -> {
                    if (proposal == null || !proposal.getApplicationId().equals(id)
                            || !seen.readsDetails()
                                    && !actor.actsForSme(proposal.getHostSmeId())) {
                        throw new ResourceNotFoundException(PROPOSAL, proposalId);
                    }
                    return new Answering(seen, proposal);
                }));
    }

    private Uni<CallRules> policyOf(MobilityApplication application) {
        return callPolicies.version(application.getCallId(), application.getPolicyVersion());
    }

    private static HostSuggestion.Company matching(SmeProfile company) {
        return new HostSuggestion.Company(company.id(), company.country(), company.naceCode(), company.naceSection(),
                company.languages(), company.targetMarkets(), company.collaborationOffered());
    }

    private static Set<String> favoured(SmeProfile sender, Set<String> preferredCountries) {
        Set<String> favoured = new HashSet<>(preferredCountries);
        favoured.addAll(sender.targetMarkets());
        return favoured;
    }

    /**
     * A host from the public catalogue that hosts staff, in another country than the sender and eligible under the
     * call. A company the sending side may not see is answered like one that does not exist.
     */
    private Uni<Void> requireSuitableHost(MobilityApplication application, UUID hostSmeId, CallRules policy) {
        return smes.profile(application.getSendingSmeId()).flatMap(sender -> smes.publicProfile(hostSmeId)
                .invoke(host -> requireSuitableHost(sender, host.filter(SmeProfile::isHost).orElseThrow(
                        () -> new BusinessRuleException("HOST_NOT_AVAILABLE",
                                "No company hosting staff in the public catalogue has this id.")), policy)))
                .replaceWithVoid();
    }

    /** One proposal per host, and no more open ones than the call allows. */
    private Uni<Void> requireRoomForAProposal(UUID id, UUID hostSmeId, CallRules policy) {
        return proposals.isProposedTo(id, hostSmeId).invoke(proposed -> {
            if (proposed) {
                throw new ConflictException("DUPLICATE_PROPOSAL", "The host already has this proposal.");
            }
        }).call(unique -> proposals.countOpen(id).invoke(open -> {
            if (open >= policy.maxOpenProposals()) {
                throw new BusinessRuleException("TOO_MANY_PROPOSALS", "An application may have at most "
                        + policy.maxOpenProposals() + " open proposals.");
            }
        })).replaceWithVoid();
    }

    private static void requireSuitableHost(SmeProfile sender, SmeProfile host, CallRules policy) {
        if (host.country().equals(sender.country())) {
            throw new BusinessRuleException("SAME_COUNTRY",
                    "The host must be in another country than the sending company.");
        }
        if (!policy.isEligible(host.country())) {
            throw new BusinessRuleException("COUNTRY_NOT_ELIGIBLE",
                    "Companies in " + host.country() + " cannot host under this call.");
        }
    }
}
