package eu.mobilisesme.common.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a collection. {@code next} is an opaque cursor for the following page (absent on the last page).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, String next) {
}
