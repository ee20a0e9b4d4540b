package eu.mobilisesme.common.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a collection. {@code next} is an opaque cursor for the following page (absent on the last page);
 * {@code total} counts the whole result and is present only when the client asked for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next, Long total) {

    public Page(List<T> items, String next) {
        this(items, next, null);
    }

    public Page<T> withTotal(long total) {
        return new Page<>(items, next, total);
    }
}
