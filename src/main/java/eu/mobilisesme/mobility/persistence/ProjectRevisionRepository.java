package eu.mobilisesme.mobility.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.domain.ProjectRevision;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProjectRevisionRepository implements PanacheRepositoryBase<ProjectRevision, UUID> {

    public Uni<List<ProjectRevision>> findByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by revision", applicationId);
    }
}
