package eu.mobilisesme.event.domain;

/**
 * A place in the events feed: after the event {@code position} of the transaction {@code transactionId}. The feed is
 * ordered by writer transaction, then by position within it.
 *
 * @param transactionId the writer's transaction id (PostgreSQL {@code xid8}), in decimal
 * @param position      the event's position, unique across the outbox
 */
public record FeedPosition(String transactionId, long position) {

    /** Before every event. */
    public static final FeedPosition START = new FeedPosition("0", 0);

    /** Decimal digits only: the reader hands the transaction id to the database as an {@code xid8}. */
    public FeedPosition {
        if (transactionId == null || transactionId.isEmpty() || transactionId.length() > 20
                || !transactionId.chars().allMatch(c -> c >= '0' && c <= '9') || position < 0) {
            throw new IllegalArgumentException("Not a feed position: " + transactionId + "/" + position);
        }
    }
}
