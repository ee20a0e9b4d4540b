package eu.mobilisesme.mobility.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.domain.ApplicationStep;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StepRepository implements PanacheRepositoryBase<ApplicationStep, UUID> {

    /** An application's history, in the order it was written. */
    public Uni<List<ApplicationStep>> findByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by seq", applicationId);
    }
}
