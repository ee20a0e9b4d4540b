package eu.mobilisesme.sme.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeDetails;
import eu.mobilisesme.sme.domain.SmeSnapshot;
import eu.mobilisesme.sme.domain.VerificationStatus;

/**
 * What other features know of a company: the facts their rules use, never the entity.
 *
 * @param facilitatorId      the facilitator in charge of it now; null until one is assigned
 * @param sendsStaff         whether it sends staff, which only an SME may (a large company only hosts)
 * @param registeredByClient the partner client that imported it; null when none did
 */
public record SmeProfile(UUID id, String legalName, String country, UUID facilitatorId, boolean verified,
        boolean sendsStaff, boolean hostsStaff, int hostingCapacity, String naceCode, String naceSection,
        List<String> languages, List<String> targetMarkets, Set<CollaborationType> collaborationOffered,
        String registeredByClient) {

    static SmeProfile of(Sme sme) {
        return of(sme.snapshot());
    }

    static SmeProfile of(SmeSnapshot sme) {
        SmeDetails details = sme.details();
        return new SmeProfile(sme.id(), details.legalName(), details.country(), sme.facilitatorId(),
                sme.status() == VerificationStatus.VERIFIED,
                details.exchangeRole().sends() && sme.sizeClass().isSme(), details.exchangeRole().hosts(),
                details.hostingCapacity(), details.nace().code(), details.nace().section(), details.languages(),
                details.targetMarkets(), Set.copyOf(details.collaborationOffered()), sme.externalClient());
    }

    /** Whether it hosts staff, with room for at least one person. */
    public boolean isHost() {
        return hostsStaff && hostingCapacity > 0;
    }
}
