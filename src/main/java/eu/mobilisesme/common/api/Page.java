package eu.mobilisesme.common.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a collection. {@code next} is an opaque cursor for the following page (absent on the last page);
 * {@code total} is present only when the client asked for it, because counting costs a full scan.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next, Long total) {
}
