package eu.mobilisesme.common.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A native statement as the PostgreSQL client takes it: parameters numbered {@code $1, $2, ...} with a tuple of their
 * values. Queries are written with {@code :name} parameters, as for Hibernate, so that the same conditions (e.g. the
 * {@link RelationConditions}) serve both.
 */
public record PositionalSql(String sql, Tuple values) {

    /** {@code :name}, but not the second colon of a {@code ::type} cast. */
    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    /** {@code sql} with each named parameter numbered in order of first use; a repeated name keeps its number. */
    public static PositionalSql of(String sql, Map<String, Object> parameters) {
        Map<String, Integer> numbers = new HashMap<>();
        List<Object> values = new ArrayList<>();
        Matcher parameter = NAMED_PARAMETER.matcher(sql);
        String numbered = parameter.replaceAll(match -> {
            String name = match.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for the parameter " + name);
            }
            int number = numbers.computeIfAbsent(name, first -> {
                values.add(parameters.get(first));
                return values.size();
            });
            return "\\$" + number;
        });
        return new PositionalSql(numbered, Tuple.from(values));
    }
}
