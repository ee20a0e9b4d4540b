package eu.mobilisesme.common.api;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import eu.mobilisesme.common.domain.Cursor;

/**
 * Keyset paging: a repository fetches {@code limit + 1} rows after the cursor; the extra row only tells that a next
 * page exists, and the last row shown becomes the next cursor.
 */
public final class Pages {

    private Pages() {
    }

    /** The position a {@code cursor} query value names; null for the first page. */
    public static Cursor after(String cursor) {
        return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
    }

    public static <E, R> Page<R> of(List<E> fetched, int limit, Function<E, R> toResponse,
            Function<E, String> sortKey, Function<E, UUID> id) {
        List<E> shown = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        String next = null;
        if (fetched.size() > limit) {
            E last = shown.get(shown.size() - 1);
            next = new Cursor(sortKey.apply(last), id.apply(last)).encode();
        }
        return new Page<>(shown.stream().map(toResponse).toList(), next);
    }
}
