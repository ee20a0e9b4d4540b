package eu.mobilisesme.call.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.call.domain.ProgrammeCall;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProgrammeCallRepository implements PanacheRepositoryBase<ProgrammeCall, UUID> {

    /** All calls, the most recently opened first; a programme has a handful. */
    public Uni<List<ProgrammeCall>> findAllByOpening() {
        return list("order by opensOn desc, id");
    }

    /** The calls opened on or before {@code day}, the most recently opened first. */
    public Uni<List<ProgrammeCall>> findOpenedBy(LocalDate day) {
        return list("opensOn <= ?1 order by opensOn desc, id", day);
    }

    /** The call opened last on or before {@code day}; null when none has. */
    public Uni<ProgrammeCall> findLatestOpenedBy(LocalDate day) {
        return find("opensOn <= ?1 order by opensOn desc, id", day).firstResult();
    }

    public Uni<Boolean> existsWithCode(String code) {
        return count("code", code).map(count -> count > 0);
    }
}
