package eu.mobilisesme.participant.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.participant.domain.Participant;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** A company's participants in id order (stable, and cheap to page) after {@code after}. */
    public Uni<List<Participant>> findPage(UUID smeId, Cursor after, int limit) {
        Parameters parameters = Parameters.with("smeId", smeId);
        String query = "smeId = :smeId";
        if (after != null) {
            query += " and id > :afterId";
            parameters.and("afterId", after.id());
        }
        return find(query + " order by id", parameters).range(0, limit - 1).list();
    }

    public Uni<Boolean> emailTaken(UUID smeId, String email, UUID exceptId) {
        return count("smeId = ?1 and lower(email) = lower(?2) and id <> ?3", smeId, email, exceptId)
                .map(count -> count > 0);
    }
}
