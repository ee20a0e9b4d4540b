package eu.mobilisesme.common.api;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import eu.mobilisesme.common.domain.Cursor;
import io.quarkus.arc.Arc;

/**
 * Keyset paging: a repository fetches {@code limit + 1} rows after the cursor; the extra row only tells that a next
 * page exists, and the last row shown becomes the next cursor. Cursors are bound to the list that issued them (the
 * request path) and signed (see {@link PageCursors}), so a list refuses every cursor it did not issue.
 */
public final class Pages {

    private Pages() {
    }

    /** The position a {@code cursor} query value names; null for the first page. */
    public static Cursor after(String cursor) {
        return cursor == null || cursor.isBlank() ? null : cursors().read(currentList(), cursor);
    }

    public static <E, R> Page<R> of(List<E> fetched, int limit, Function<E, R> toResponse,
            Function<E, String> sortKey, Function<E, UUID> id) {
        List<E> shown = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        String next = null;
        if (fetched.size() > limit) {
            E last = shown.get(shown.size() - 1);
            next = cursors().issue(currentList(), new Cursor(sortKey.apply(last), id.apply(last)));
        }
        return new Page<>(shown.stream().map(toResponse).toList(), next);
    }

    private static PageCursors cursors() {
        return Arc.container().instance(PageCursors.class).get();
    }

    /** The list being read: the path of the current request, without a trailing slash. */
    private static String currentList() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            throw new IllegalStateException("Pages are read and written only while serving a request");
        }
        String path = request.getPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
