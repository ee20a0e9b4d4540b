package eu.mobilisesme.facilitator.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.facilitator.domain.Facilitator;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class FacilitatorRepository implements PanacheRepositoryBase<Facilitator, UUID> {

    /** Facilitators in name order after {@code after}, optionally only those covering a country or only active ones. */
    public Uni<List<Facilitator>> findPage(String coveredCountry, Boolean active, Cursor after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (coveredCountry != null) {
            query.append(" and array_contains(coveredCountries, :country)");
            parameters.and("country", coveredCountry);
        }
        if (active != null) {
            query.append(" and active = :active");
            parameters.and("active", active);
        }
        if (after != null) {
            query.append(" and (name > :afterName or (name = :afterName and id > :afterId))");
            parameters.and("afterName", after.sortKey()).and("afterId", after.id());
        }
        query.append(" order by name, id");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }

    /** The ids of active facilitators covering {@code country}; two are enough to know it is not just one. */
    public Uni<List<UUID>> findActiveCovering(String country, int limit) {
        return find("select id from Facilitator where active and array_contains(coveredCountries, ?1) order by id",
                country).project(UUID.class).range(0, limit - 1).list();
    }

    public Uni<Boolean> existsWithName(String name, String country, UUID exceptId) {
        return count("lower(name) = lower(?1) and country = ?2 and id <> ?3", name, country, exceptId)
                .map(count -> count > 0);
    }
}
