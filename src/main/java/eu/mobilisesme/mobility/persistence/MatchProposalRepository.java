package eu.mobilisesme.mobility.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.domain.MatchProposal;
import eu.mobilisesme.mobility.domain.ProposalStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MatchProposalRepository implements PanacheRepositoryBase<MatchProposal, UUID> {

    public Uni<List<MatchProposal>> findByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by proposedAt, id", applicationId);
    }

    public Uni<Boolean> isProposedTo(UUID applicationId, UUID hostSmeId) {
        return count("applicationId = ?1 and hostSmeId = ?2", applicationId, hostSmeId).map(count -> count > 0);
    }

    public Uni<Long> countOpen(UUID applicationId) {
        return count("applicationId = ?1 and status = ?2", applicationId, ProposalStatus.OPEN);
    }
}
