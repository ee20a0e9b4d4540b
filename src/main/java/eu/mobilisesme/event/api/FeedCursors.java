package eu.mobilisesme.event.api;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.api.PageCursors;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.event.domain.FeedPosition;

/**
 * The feed's positions as opaque cursors, signed like every list's (see {@link PageCursors}), so the feed accepts only
 * the cursors it issued. The position is the cursor's sort key; its id part is unused.
 */
@ApplicationScoped
class FeedCursors {

    static final String FEED = "/api/v1/events";
    static final String PARAMETER = "after";
    private static final UUID UNUSED = new UUID(0, 0);
    private static final char SEPARATOR = ':';

    private final PageCursors cursors;

    FeedCursors(PageCursors cursors) {
        this.cursors = cursors;
    }

    /** The position {@code after} names; the start of the feed when there is none. */
    FeedPosition read(String after) {
        if (after == null || after.isBlank()) {
            return FeedPosition.START;
        }
        String position = cursors.read(FEED, PARAMETER, after).sortKey();
        try {
            int split = position.indexOf(SEPARATOR);
            return new FeedPosition(position.substring(0, split), Long.parseLong(position.substring(split + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw PageCursors.invalid(PARAMETER);
        }
    }

    String issue(FeedPosition position) {
        return cursors.issue(FEED, new Cursor(position.transactionId() + SEPARATOR + position.position(), UNUSED));
    }
}
