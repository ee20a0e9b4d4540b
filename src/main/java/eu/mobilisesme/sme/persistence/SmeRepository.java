package eu.mobilisesme.sme.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.persistence.RelationConditions;
import eu.mobilisesme.sme.domain.SeenSme;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeRelation;
import eu.mobilisesme.sme.domain.SmeSearch;
import eu.mobilisesme.sme.domain.VerificationStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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
     * One catalogue page in (legal name, id) order, limited to what {@code actor} may see, with its relations to
     * each. The search finds the ids of the page; the companies are then loaded by primary key and put back in the
     * page's order.
     */
    public Uni<List<SeenSme>> search(SmeSearch search, Actor actor, Cursor after, int limit) {
        SmeSearchQuery query = SmeSearchQuery.of(search, actor).after(after);
        return Panache.getSession().flatMap(session -> {
            var sql = session.createNativeQuery(query.selectIdsSql(), Object[].class).setMaxResults(limit);
            query.parameters().forEach(sql::setParameter);
            return sql.getResultList();
        }).flatMap(rows -> findInOrder(rows.stream().map(row -> (UUID) row[0]).toList()).map(found -> {
            List<SeenSme> page = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                page.add(new SeenSme(found.get(i), query.relations().parse((String) rows.get(i)[1])));
            }
            return page;
        }));
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

    /** How many companies the search finds in all; a full count, so only done when a client asks for it. */
    public Uni<Long> count(SmeSearch search, Actor actor) {
        SmeSearchQuery query = SmeSearchQuery.of(search, actor);
        return Panache.getSession().flatMap(session -> {
            var sql = session.createNativeQuery(query.countSql(), Long.class);
            query.parameters().forEach(sql::setParameter);
            return sql.getSingleResult();
        });
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
     * Companies that could host, those of {@code naceDivision} first, then those in {@code favouredCountries}: the
     * strongest parts of the matching score, so that the best matches are among the first {@code limit}.
     */
    public Uni<List<Sme>> findHostCandidates(String excludedCountry, Set<String> countries, String naceDivision,
            Set<String> favouredCountries, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select s.id from sme s where "
                + SmeRelations.IN_PUBLIC_CATALOGUE + """
                 and s.hosts_staff and s.hosting_capacity > 0
                and s.country <> :excluded and s.country in (:countries)
                order by case when substring(s.nace_code, 1, 2) = :division then 0 else 1 end,
                         case when s.country in (:favoured) then 0 else 1 end, s.id""", UUID.class)
                .setParameter("excluded", excludedCountry)
                .setParameter("countries", countries)
                .setParameter("division", naceDivision)
                // An empty IN list is not valid SQL; no country has the code "--".
                .setParameter("favoured", favouredCountries.isEmpty() ? Set.of("--") : favouredCountries)
                .setMaxResults(limit)
                .getResultList())
                .flatMap(this::findInOrder);
    }

    public Uni<Boolean> vatNumberTaken(String country, String vatNumber, UUID exceptId) {
        return count("country = ?1 and vatNumber = ?2 and id <> ?3", country, vatNumber, exceptId)
                .map(count -> count > 0);
    }

    /**
     * Companies waiting for a facilitator's answer, by due date then id, after {@code after}; only those of
     * {@code facilitatorId} when given, and only overdue ones on {@code overdueOn} when given.
     */
    public Uni<List<Sme>> findReviewQueue(Optional<UUID> facilitatorId, Optional<LocalDate> overdueOn,
            Cursor after, int limit) {
        StringBuilder query = new StringBuilder("status = :status");
        Parameters parameters = Parameters.with("status", VerificationStatus.PENDING_VERIFICATION);
        facilitatorId.ifPresent(id -> {
            query.append(" and facilitatorId = :facilitatorId");
            parameters.and("facilitatorId", id);
        });
        overdueOn.ifPresent(today -> {
            query.append(" and reviewDueOn < :today");
            parameters.and("today", today);
        });
        if (after != null) {
            query.append(" and (reviewDueOn > :afterDue or (reviewDueOn = :afterDue and id > :afterId))");
            parameters.and("afterDue", LocalDate.parse(after.sortKey())).and("afterId", after.id());
        }
        query.append(" order by reviewDueOn, id");
        return find(query.toString(), parameters).range(0, limit - 1).list();
    }
}
