package eu.mobilisesme.mobility.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.domain.ApplicationTransition;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TransitionRepository implements PanacheRepositoryBase<ApplicationTransition, UUID> {

    public Uni<List<ApplicationTransition>> findByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by seq", applicationId);
    }
}
