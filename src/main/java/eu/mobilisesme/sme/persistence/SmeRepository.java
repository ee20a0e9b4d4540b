package eu.mobilisesme.sme.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * Companies that could host, at most {@code limit}: those of {@code naceDivision} first, then those in
     * {@code favouredCountries}, then the others, each group in name order. The strongest parts of the matching score
     * come first, so the best matches are among them; each group is read from an index in name order and the next
     * group only when the previous ones fall short, so the cost does not grow with the catalogue. Read in the
     * caller's session: its callers hold one already, and a second connection per request could exhaust the pool.
     */
    public Uni<List<Sme>> findHostCandidates(String excludedCountry, Set<String> countries, String naceDivision,
            Set<String> favouredCountries, int limit) {
        String host = SmeRelations.IN_PUBLIC_CATALOGUE + " and s.hosts_staff and s.hosting_capacity > 0"
                + " and s.country <> :excluded and s.country = any(string_to_array(:countries, ','))";
        String sql = "select s.id from ("
                + "(select s.* from sme s where " + host + " and substr(s.nace_code, 1, 2) = :division"
                + " order by s.legal_name, s.id limit :limit)"
                + " union all (select s.* from unnest(string_to_array(:favoured, ',')) favoured (country)"
                + " cross join lateral"
                + " (select s.* from sme s where " + host + " and s.country = favoured.country"
                + " and substr(s.nace_code, 1, 2) <> :division order by s.legal_name, s.id limit :limit) s)"
                + " union all (select s.* from sme s where " + host + " and substr(s.nace_code, 1, 2) <> :division"
                + " and s.country <> all(string_to_array(:favoured, ',')) order by s.legal_name, s.id limit :limit)"
                + ") s limit :limit";
        return Panache.getSession().flatMap(session -> session.createNativeQuery(sql, UUID.class)
                .setParameter("excluded", excludedCountry)
                .setParameter("countries", joined(countries))
                .setParameter("division", naceDivision)
                .setParameter("favoured", joined(favouredCountries))
                .setParameter("limit", limit)
                .getResultList())
                .flatMap(this::findInOrder);
    }

    /** Country codes as one parameter (they hold no commas): a list would make the statement's text vary. */
    private static String joined(Set<String> countryCodes) {
        return String.join(",", new TreeSet<>(countryCodes));
    }

    /** The companies with {@code ids}, loaded by primary key, in the order of the ids. */
    private Uni<List<Sme>> findInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", ids).map(found -> {
            Map<UUID, Sme> byId = found.stream().collect(Collectors.toMap(Sme::getId, Function.identity()));
            return ids.stream().map(byId::get).toList();
        });
    }

    public Uni<Boolean> vatNumberTaken(String country, String vatNumber, UUID exceptId) {
        return count("country = ?1 and vatNumber = ?2 and id <> ?3", country, vatNumber, exceptId)
                .map(count -> count > 0);
    }
}
