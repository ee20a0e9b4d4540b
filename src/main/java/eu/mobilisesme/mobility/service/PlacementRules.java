package eu.mobilisesme.mobility.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.domain.CallPolicy;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.VerificationStatus;
import eu.mobilisesme.sme.service.SmeService;
import io.smallrye.mutiny.Uni;

/**
 * The rules that count across applications: at most N participants of one sending company per call, and no two
 * stays of one participant at once. Several service instances share one database, so the checks run under row locks
 * on the sending company and the participant (always in that order, so two checks cannot deadlock): a concurrent
 * submission waits until this transaction ends and then sees its result.
 */
@ApplicationScoped
class PlacementRules {

    private final MobilityApplicationRepository applications;
    private final SmeService smes;
    private final ParticipantService participants;

    PlacementRules(MobilityApplicationRepository applications, SmeService smes, ParticipantService participants) {
        this.applications = applications;
        this.smes = smes;
        this.participants = participants;
    }

    /** Everything a submission must satisfy, under the policy version the application is judged by. */
    Uni<Void> requireSubmittable(MobilityApplication application, CallPolicy policy) {
        application.plannedStay().requireWithin(policy.rules());
        if (application.getSendingFacilitatorId() == null) {
            throw new BusinessRuleException("NO_FACILITATOR",
                    "The sending company has no facilitator yet; a programme administrator assigns one.");
        }
        return smes.lockForRules(application.getSendingSmeId())
                .invoke(sender -> requireMaySend(sender, policy))
                .call(sender -> participants.lockMemberOf(application.getParticipantId(), sender.getId()))
                .call(sender -> requirePlaceFree(application, policy))
                .call(sender -> requireNoOverlap(application))
                .replaceWithVoid();
    }

    /** Approval checks the stay again: it may have been revised since the submission. */
    Uni<Void> requireApprovable(MobilityApplication application) {
        return smes.lockForRules(application.getSendingSmeId())
                .call(sender -> participants.lockMemberOf(application.getParticipantId(), sender.getId()))
                .call(sender -> requireNoOverlap(application))
                .replaceWithVoid();
    }

    private static void requireMaySend(Sme sender, CallPolicy policy) {
        if (sender.getStatus() != VerificationStatus.VERIFIED) {
            throw new BusinessRuleException("SENDER_NOT_VERIFIED", "The sending company is not verified.");
        }
        if (!sender.getSizeClass().isSme() || !sender.details().exchangeRole().sends()) {
            throw new BusinessRuleException("LARGE_COMPANY_CANNOT_SEND",
                    "Only an SME that sends staff can send a participant.");
        }
        if (!policy.isEligible(sender.getCountry())) {
            throw new BusinessRuleException("COUNTRY_NOT_ELIGIBLE",
                    "Companies in " + sender.getCountry() + " cannot send under this call.");
        }
    }

    private Uni<Void> requirePlaceFree(MobilityApplication application, CallPolicy policy) {
        return applications.findParticipantsHoldingPlaces(application.getSendingSmeId(), application.getCallId(),
                application.getId()).invoke(holding -> {
                    List<UUID> others = holding.stream().filter(id -> !id.equals(application.getParticipantId()))
                            .toList();
                    if (others.size() >= policy.getMaxParticipantsPerSme()) {
                        throw new BusinessRuleException("TOO_MANY_PARTICIPANTS", "A sending company may send at "
                                + "most " + policy.getMaxParticipantsPerSme() + " participants in this call.");
                    }
                }).replaceWithVoid();
    }

    private Uni<Void> requireNoOverlap(MobilityApplication application) {
        return applications.findOthersHoldingPlaces(application.getParticipantId(), application.getId())
                .invoke(others -> {
                    if (others.stream().anyMatch(other -> other.plannedStay().overlaps(application.plannedStay()))) {
                        throw new BusinessRuleException("OVERLAPPING_MOBILITY",
                                "The participant has another stay during these dates.");
                    }
                }).replaceWithVoid();
    }
}
