package eu.mobilisesme.mobility.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.persistence.RelationConditions;
import eu.mobilisesme.mobility.domain.ApplicationStatus;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.domain.Party;
import eu.mobilisesme.mobility.domain.SeenApplication;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MobilityApplicationRepository implements PanacheRepositoryBase<MobilityApplication, UUID> {

    /** The parts {@code actor} plays in the application; none when it does not exist. */
    public Uni<Set<Party>> partiesOf(UUID id, Actor actor) {
        RelationConditions<Party> parties = ApplicationParties.of(actor);
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery("select " + parties.namesColumn()
                    + " from mobility_application a where a.id = :id", String.class).setParameter("id", id);
            parties.parameters().forEach(query::setParameter);
            return query.getSingleResultOrNull();
        }).map(parties::parse);
    }

    /** The application with the parts {@code actor} plays in it (perhaps none); null if it does not exist. */
    public Uni<SeenApplication> findSeen(UUID id, Actor actor) {
        RelationConditions<Party> parties = ApplicationParties.of(actor);
        return withParties("a.id = :id", parties, Map.of("id", id), 1)
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * The applications in which {@code actor} plays a part, with the parts, newest first after {@code after}; with
     * {@code overdueOn}, only those past their due date on that day.
     */
    public Uni<List<SeenApplication>> findPage(Actor actor, LocalDate overdueOn, Cursor after, int limit) {
        RelationConditions<Party> parties = ApplicationParties.of(actor);
        StringBuilder where = new StringBuilder(parties.any());
        if (overdueOn != null) {
            where.append(" and a.due_on < :today");
        }
        if (after != null) {
            where.append(" and (a.created_at, a.id) < (:afterCreated, :afterId)");
        }
        Map<String, Object> values = new HashMap<>();
        if (overdueOn != null) {
            values.put("today", overdueOn);
        }
        if (after != null) {
            values.put("afterCreated", Instant.parse(after.sortKey()));
            values.put("afterId", after.id());
        }
        return withParties(where + " order by a.created_at desc, a.id desc", parties, values, limit);
    }

    /**
     * The applications where {@code condition} holds, at most {@code limit}, each with the parts the actor plays in it:
     * one statement, whose rows are the application's columns and a {@code parties} column.
     */
    private Uni<List<SeenApplication>> withParties(String condition, RelationConditions<Party> parties,
            Map<String, Object> values, int limit) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery("select a.*, " + parties.namesColumn()
                    + " as parties from mobility_application a where " + condition,
                    session.getResultSetMapping(Object[].class, MobilityApplication.WITH_PARTIES))
                    .setMaxResults(limit);
            parties.parameters().forEach(query::setParameter);
            values.forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> new SeenApplication((MobilityApplication) row[0],
                parties.parse((String) row[1]))).toList());
    }

    /**
     * The partner clients that may read each of the applications {@code ids} (see
     * {@link MobilityApplication#partnerReaders()}), in one statement of the same text however many there are.
     */
    public Uni<Map<UUID, Set<String>>> partnerReaders(Collection<UUID> ids) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select cast(a.id as text), "
                + "a.sending_sme_client, a.host_sme_client from mobility_application a "
                + "where a.id = any(cast(string_to_array(:ids, ',') as uuid[]))", Object[].class)
                .setParameter("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> UUID.fromString((String) row[0]),
                        row -> MobilityApplication.partnerReaders((String) row[1], (String) row[2]))));
    }

    /** The stays a host has agreed to receive and that are not over, other than {@code exceptId}. */
    public Uni<List<MobilityApplication>> findHostedUpcoming(UUID hostSmeId, UUID exceptId) {
        return list("hostSmeId = ?1 and status in ?2 and id <> ?3", hostSmeId, ApplicationStatus.HOSTED_UPCOMING,
                exceptId);
    }

    /** A sending company's drafts, locked until the transaction ends. */
    public Uni<List<MobilityApplication>> findDrafts(UUID sendingSmeId) {
        return find("sendingSmeId = ?1 and status = ?2", sendingSmeId, ApplicationStatus.DRAFT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<List<MobilityApplication>> findByParticipant(UUID participantId) {
        return list("participantId = ?1 order by createdAt, id", participantId);
    }

    /** The participants of a sending company holding a place in a call, other than through {@code exceptId}. */
    public Uni<List<UUID>> findParticipantsHoldingPlaces(UUID sendingSmeId, UUID callId, UUID exceptId) {
        return find("select distinct participantId from MobilityApplication where sendingSmeId = ?1 and callId = ?2 "
                + "and status in ?3 and id <> ?4", sendingSmeId, callId, ApplicationStatus.HOLDING_A_PLACE, exceptId)
                .project(UUID.class).list();
    }

    /** A participant's other applications that hold a place, whose stays may not overlap this one's. */
    public Uni<List<MobilityApplication>> findOthersHoldingPlaces(UUID participantId, UUID exceptId) {
        return list("participantId = ?1 and status in ?2 and id <> ?3", participantId,
                ApplicationStatus.HOLDING_A_PLACE, exceptId);
    }
}
