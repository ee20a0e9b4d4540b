package eu.mobilisesme.mobility.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.service.CallRules;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import eu.mobilisesme.participant.service.ParticipantService;
import eu.mobilisesme.sme.service.SmeProfile;
import eu.mobilisesme.sme.service.SmeService;
import io.smallrye.mutiny.Uni;

/**
 * The rules that count across applications: at most N participants of one sending company per call, no two stays of
 * one participant at once, no more people at a host at once than it can host; and that the companies still may send
 * and host. Several service instances share one database, so the checks run under row locks, always taken in the same
 * order (companies by id, then the participant), so two checks cannot deadlock: a concurrent step waits until this
 * transaction ends and then sees its result.
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

    /**
     * Everything a submission must satisfy, under the policy version the application is judged by; the sending
     * company as it is now, whose facilitator the submission goes to.
     */
    Uni<SmeProfile> requireSubmittable(MobilityApplication application, CallRules policy) {
        application.plannedStay().requireWithin(Policies.stayRules(policy));
        return smes.lockProfile(application.getSendingSmeId())
                .invoke(sender -> requireMaySend(sender, policy))
                .call(sender -> participants.lockMemberOf(application.getParticipantId(), sender.id()))
                .call(sender -> requirePlaceFree(application, policy))
                .call(sender -> requireNoOverlap(application));
    }

    /**
     * Approval checks again what may have changed since the submission: the companies' verification, the stay (it
     * may have been revised), the host's room.
     */
    Uni<Void> requireApprovable(MobilityApplication application, CallRules policy) {
        return lockCompanies(application.getSendingSmeId(), application.getHostSmeId())
                .invoke(companies -> {
                    requireMaySend(companies.sender(), policy);
                    requireMayHost(companies.host());
                })
                .call(companies -> participants.lockMemberOf(application.getParticipantId(), companies.sender().id()))
                .call(companies -> requireNoOverlap(application))
                .call(companies -> requireRoomAt(companies.host(), application))
                .replaceWithVoid();
    }

    /** The host, locked, if it has room for the application's (new) dates. */
    Uni<SmeProfile> requireHostRoom(UUID hostSmeId, MobilityApplication application) {
        return smes.lockProfile(hostSmeId).call(host -> requireRoomAt(host, application));
    }

    /** The proposed host, locked, if it still may host and has room for the application's dates. */
    Uni<SmeProfile> requireAcceptableHost(UUID hostSmeId, MobilityApplication application) {
        return smes.lockProfile(hostSmeId).invoke(PlacementRules::requireMayHost)
                .call(host -> requireRoomAt(host, application));
    }

    private record Companies(SmeProfile sender, SmeProfile host) {
    }

    private Uni<Companies> lockCompanies(UUID sender, UUID host) {
        if (sender.compareTo(host) < 0) {
            return smes.lockProfile(sender).flatMap(s -> smes.lockProfile(host).map(h -> new Companies(s, h)));
        }
        return smes.lockProfile(host).flatMap(h -> smes.lockProfile(sender).map(s -> new Companies(s, h)));
    }

    static void requireMayHost(SmeProfile host) {
        if (!host.verified()) {
            throw new BusinessRuleException("HOST_NOT_VERIFIED", "The host company is not verified.");
        }
        if (!host.isHost()) {
            throw new BusinessRuleException("HOST_NOT_HOSTING", "The company does not host staff.");
        }
    }

    private static void requireMaySend(SmeProfile sender, CallRules policy) {
        if (!sender.verified()) {
            throw new BusinessRuleException("SENDER_NOT_VERIFIED", "The sending company is not verified.");
        }
        if (!sender.sendsStaff()) {
            throw new BusinessRuleException("LARGE_COMPANY_CANNOT_SEND",
                    "Only an SME that sends staff can send a participant.");
        }
        if (!policy.isEligible(sender.country())) {
            throw new BusinessRuleException("COUNTRY_NOT_ELIGIBLE",
                    "Companies in " + sender.country() + " cannot send under this call.");
        }
    }

    /** The host's capacity is for people at the same time: count the stays it agreed to that overlap this one. */
    private Uni<Void> requireRoomAt(SmeProfile host, MobilityApplication application) {
        return applications.findHostedUpcoming(host.id(), application.getId()).invoke(hosted -> {
            long atTheSameTime = hosted.stream()
                    .filter(other -> other.plannedStay().overlaps(application.plannedStay())).count();
            if (atTheSameTime >= host.hostingCapacity()) {
                throw new BusinessRuleException("HOST_AT_CAPACITY", "The host already receives " + atTheSameTime
                        + " people during these dates, its capacity.");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> requirePlaceFree(MobilityApplication application, CallRules policy) {
        return applications.findParticipantsHoldingPlaces(application.getSendingSmeId(), application.getCallId(),
                application.getId()).invoke(holding -> {
                    List<UUID> others = holding.stream().filter(id -> !id.equals(application.getParticipantId()))
                            .toList();
                    if (others.size() >= policy.maxParticipantsPerSme()) {
                        throw new BusinessRuleException("TOO_MANY_PARTICIPANTS", "A sending company may send at "
                                + "most " + policy.maxParticipantsPerSme() + " participants in this call.");
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
