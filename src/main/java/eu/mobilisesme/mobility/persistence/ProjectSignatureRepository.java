package eu.mobilisesme.mobility.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.domain.ProjectSignature;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProjectSignatureRepository implements PanacheRepositoryBase<ProjectSignature, UUID> {

    public Uni<List<ProjectSignature>> findByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by revision, signedAt", applicationId);
    }
}
