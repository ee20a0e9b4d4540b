package eu.mobilisesme.common.persistence;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one actor relates to the rows of a table, as one SQL condition per relation on the row. Whether the actor may
 * see a row at all, and which relations it has to one row, are both read from these conditions, so a list and a
 * single read cannot disagree.
 *
 * @param <R> the relations, e.g. the parties of an application
 */
public final class RelationConditions<R extends Enum<R>> {

    private final Class<R> type;
    private final Map<R, String> conditions;
    private final Map<String, Object> parameters = new HashMap<>();

    public RelationConditions(Class<R> type) {
        this.type = type;
        this.conditions = new EnumMap<>(type);
    }

    /** The actor has {@code relation} to the rows where {@code condition} holds. */
    public RelationConditions<R> with(R relation, String condition) {
        conditions.put(relation, condition);
        return this;
    }

    /** A value the conditions name as {@code :name}. */
    public RelationConditions<R> bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** A condition that holds for the rows to which the actor has any relation. */
    public String any() {
        return conditions.isEmpty() ? "false" : "(" + String.join(" or ", conditions.values()) + ")";
    }

    /** A text column naming, comma-separated, the actor's relations to the row. */
    public String namesColumn() {
        if (conditions.isEmpty()) {
            return "''";
        }
        return conditions.entrySet().stream()
                .map(relation -> "case when " + relation.getValue() + " then '" + relation.getKey().name() + "' end")
                .collect(Collectors.joining(", ", "concat_ws(',', ", ")"));
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The relations a {@link #namesColumn()} names; none for a row that does not exist (null). */
    public Set<R> parse(String column) {
        Set<R> relations = EnumSet.noneOf(type);
        if (column != null && !column.isEmpty()) {
            Arrays.stream(column.split(",")).map(name -> Enum.valueOf(type, name)).forEach(relations::add);
        }
        return relations;
    }
}
