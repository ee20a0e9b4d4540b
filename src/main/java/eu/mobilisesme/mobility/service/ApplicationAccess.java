package eu.mobilisesme.mobility.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.persistence.MatchProposalRepository;
import eu.mobilisesme.mobility.persistence.MobilityApplicationRepository;
import io.smallrye.mutiny.Uni;

/**
 * Loads an application with the parts the actor plays in it. An application in which the actor plays no part does
 * not exist for it (404).
 */
@ApplicationScoped
class ApplicationAccess {

    static final String RESOURCE = "Mobility application";

    private final MobilityApplicationRepository applications;
    private final MatchProposalRepository proposals;

    ApplicationAccess(MobilityApplicationRepository applications, MatchProposalRepository proposals) {
        this.applications = applications;
        this.proposals = proposals;
    }

    /** An application and the actor's parts in it. */
    record Loaded(MobilityApplication application, Set<Party> parties) {
    }

    Uni<Loaded> visible(Actor actor, UUID id) {
        return applications.findById(id).flatMap(application -> withParties(actor, id, application));
    }

    /** As {@link #visible}, locked until the transaction ends: two actions on one application queue up. */
    Uni<Loaded> locked(Actor actor, UUID id) {
        return applications.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(application -> withParties(actor, id, application));
    }

    private Uni<Loaded> withParties(Actor actor, UUID id, MobilityApplication application) {
        if (application == null) {
            return Uni.createFrom().failure(new ResourceNotFoundException(RESOURCE, id));
        }
        // Only a company that is neither sender nor host could still be a host through a proposal: ask only then.
        Uni<Boolean> proposedToActor = actor.smeId().filter(actor::actsForSme)
                .filter(sme -> !sme.equals(application.getSendingSmeId()) && !sme.equals(application.getHostSmeId()))
                .map(sme -> proposals.isProposedTo(id, sme))
                .orElse(Uni.createFrom().item(false));
        return proposedToActor.map(proposed -> application.partiesOf(actor, proposed)).map(parties -> {
            if (parties.isEmpty()) {
                throw new ResourceNotFoundException(RESOURCE, id);
            }
            return new Loaded(application, parties);
        });
    }
}
