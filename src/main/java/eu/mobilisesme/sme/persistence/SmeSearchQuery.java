package eu.mobilisesme.sme.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.persistence.PreparedStatements;
import eu.mobilisesme.common.persistence.RelationConditions;
import eu.mobilisesme.sme.domain.ExchangeRole;
import eu.mobilisesme.sme.domain.SmeRelation;
import eu.mobilisesme.sme.domain.SmeSearch;

/**
 * The SQL of a catalogue search. It is native SQL because the filters use PostgreSQL's own operators, each backed by
 * an index: full-text {@code @@} and array containment {@code @>} (GIN), prefix {@code LIKE} (pattern ops), the NACE
 * division with the country and the name order, and the keyset row comparison on {@code (legal_name, id)}, which makes
 * a deep page cost what the first one does.
 */
final class SmeSearchQuery {

    private final RelationConditions<SmeRelation> relations;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private SmeSearchQuery(RelationConditions<SmeRelation> relations) {
        this.relations = relations;
        where.append(relations.any());
        parameters.putAll(relations.parameters());
    }

    /** The companies {@code search} finds among those {@code actor} may see. */
    static SmeSearchQuery of(SmeSearch search, Actor actor) {
        SmeSearchQuery query = new SmeSearchQuery(SmeRelations.of(actor));
        query.filter("s.country = :country", "country", search.country());
        query.filter("s.nuts_region like :nutsPrefix", "nutsPrefix", likePrefix(search.nutsPrefix()));
        query.filterNace(search.nacePrefix());
        query.filter("s.size_class = :sizeClass", "sizeClass", name(search.sizeClass()));
        query.filter("s.collaboration_offered @> array[cast(:offers as varchar)]", "offers", name(search.offers()));
        query.filter("s.collaboration_sought @> array[cast(:seeks as varchar)]", "seeks", name(search.seeks()));
        query.filter("s.languages @> array[cast(:language as varchar)]", "language", search.language());
        query.filter("s.status = :status", "status", name(search.status()));
        query.filter("s.search_document @@ websearch_to_tsquery('simple', :text)", "text", search.text());
        ExchangeRole role = search.exchangeRole();
        if (role != null) {
            query.where.append(role.sends() ? " and s.sends_staff" : "").append(role.hosts() ? " and s.hosts_staff" : "");
        }
        return query;
    }

    /** A page of at most {@code limit} companies. */
    SmeSearchQuery limit(int limit) {
        parameters.put("limit", limit);
        return this;
    }

    SmeSearchQuery after(Cursor cursor) {
        if (cursor != null) {
            where.append(" and (s.legal_name, s.id) > (:afterName, :afterId)");
            parameters.put("afterName", cursor.sortKey());
            parameters.put("afterId", cursor.id());
        }
        return this;
    }

    /**
     * The companies of the page, at most {@code :limit}, with the actor's relations to each (column
     * {@code relations}). A text search is planned for its words each time: see {@link PreparedStatements}.
     */
    String selectSql() {
        return (parameters.containsKey("text") ? PreparedStatements.PLAN_EACH_TIME : "") + "select " + SmeRows.COLUMNS
                + ", " + relations.namesColumn() + " as relations from sme s where " + where
                + " order by s.legal_name, s.id limit :limit";
    }

    RelationConditions<SmeRelation> relations() {
        return relations;
    }

    String countSql() {
        return "select count(*) from sme s where " + where;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private void filter(String condition, String parameter, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(parameter, value);
        }
    }

    /**
     * Codes starting with {@code prefix} (a division such as 10, or a group such as 10.4). The division is matched by
     * equality, which the division indexes serve in name order; a longer prefix then narrows the division's rows.
     */
    private void filterNace(String prefix) {
        if (prefix != null) {
            filter("substr(s.nace_code, 1, 2) = :naceDivision", "naceDivision", prefix.substring(0, 2));
            if (prefix.length() > 3) {
                filter("s.nace_code like :nacePrefix", "nacePrefix", likePrefix(prefix));
            }
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A LIKE prefix pattern; the values are format-checked codes, so they hold no LIKE wildcards. */
    private static String likePrefix(String prefix) {
        return prefix == null ? null : prefix + "%";
    }
}
