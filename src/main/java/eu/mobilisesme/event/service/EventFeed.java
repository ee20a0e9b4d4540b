package eu.mobilisesme.event.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.event.domain.FeedPosition;
import eu.mobilisesme.event.domain.FeedReader;
import eu.mobilisesme.event.domain.PublishedEvent;
import eu.mobilisesme.event.persistence.EventFeedQuery;
import io.smallrye.mutiny.Uni;

/**
 * The events feed: every committed event once, in one order that never changes, so that a reader resumes from the
 * last position it got. Administrators see every event; a partner client those its scopes and the events' audiences
 * let it see (the events feed scope itself is checked on the operation).
 */
@ApplicationScoped
public class EventFeed {

    private final EventFeedQuery query;

    EventFeed(EventFeedQuery query) {
        this.query = query;
    }

    /** One page of the feed and where the next one starts. */
    public record FeedPage(List<PublishedEvent> events, FeedPosition next) {
    }

    /**
     * At most {@code limit} events after {@code after}, of {@code types} (every type when empty). The next page starts
     * after the last event returned, or at {@code after} again when there was none.
     */
    public Uni<FeedPage> read(Actor actor, FeedPosition after, Set<EventType> types, int limit) {
        Optional<FeedReader> reader = readerOf(actor);
        Set<String> wireNames = types.stream().map(EventType::wireName).collect(Collectors.toSet());
        return query.after(after, wireNames, reader, limit).map(events -> new FeedPage(events,
                events.isEmpty() ? after : events.get(events.size() - 1).at()));
    }

    private static Optional<FeedReader> readerOf(Actor actor) {
        if (actor.isAdmin()) {
            return Optional.empty();
        }
        if (actor.isPartner()) {
            return Optional.of(new FeedReader(actor.subject(), actor.scopes()));
        }
        throw new AccessDeniedException("Only programme administrators and partner clients read the events feed.");
    }
}
