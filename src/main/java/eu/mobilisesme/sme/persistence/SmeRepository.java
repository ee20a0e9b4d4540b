package eu.mobilisesme.sme.persistence;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.persistence.RelationConditions;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeRelation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SmeRepository implements PanacheRepositoryBase<Sme, UUID> {

    /** Whether the company is in the public catalogue (and so exists). */
    public Uni<Boolean> isInPublicCatalogue(UUID id) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select count(*) from sme s "
                + "where s.id = :id and " + SmeRelations.IN_PUBLIC_CATALOGUE, Long.class).setParameter("id", id)
                .getSingleResult()).map(count -> count > 0);
    }

    /** The relations {@code actor} has to the company; none when it does not exist. */
    public Uni<Set<SmeRelation>> relationsTo(UUID id, Actor actor) {
        RelationConditions<SmeRelation> relations = SmeRelations.of(actor);
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery("select " + relations.namesColumn() + " from sme s where s.id = :id",
                    String.class).setParameter("id", id);
            relations.parameters().forEach(query::setParameter);
            return query.getSingleResultOrNull();
        }).map(relations::parse);
    }

    /**
     * Serialises, until the transaction ends, everyone writing the same partner reference: the reference may not
     * exist yet, so there is no row to lock, and two first imports must not both create it.
     */
    public Uni<Void> lockExternalRef(String client, String externalRef) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked",
                        Integer.class)
                .setParameter("key", "sme-external-ref\u001f" + client + "\u001f" + externalRef)
                .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<Sme> findByExternalRef(String client, String externalRef) {
        return find("externalClient = ?1 and externalRef = ?2", client, externalRef).firstResult();
    }

    public Uni<Boolean> vatNumberTaken(String country, String vatNumber, UUID exceptId) {
        return count("country = ?1 and vatNumber = ?2 and id <> ?3", country, vatNumber, exceptId)
                .map(count -> count > 0);
    }
}
