package eu.mobilisesme.mobility.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.mobility.domain.FinalReport;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class FinalReportRepository implements PanacheRepositoryBase<FinalReport, UUID> {

    public Uni<List<FinalReport>> findByApplication(UUID applicationId) {
        return list("applicationId = ?1 order by submittedAt", applicationId);
    }
}
