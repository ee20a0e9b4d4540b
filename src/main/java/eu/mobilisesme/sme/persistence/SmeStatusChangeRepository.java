package eu.mobilisesme.sme.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.sme.domain.SmeStatusChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SmeStatusChangeRepository implements PanacheRepositoryBase<SmeStatusChange, UUID> {

    /** A company's history, oldest first. */
    public Uni<List<SmeStatusChange>> findBySme(UUID smeId) {
        return list("smeId = ?1 order by seq", smeId);
    }
}
