package eu.mobilisesme.event.domain;

import java.util.Set;

/**
 * A partner client reading the feed: it sees the events whose scope it holds and whose audience is everyone or names
 * it. Administrators read without one and see every event.
 *
 * @param clientId the client's id, the subject of its tokens
 * @param scopes   the scopes its registration and its token both grant
 */
public record FeedReader(String clientId, Set<String> scopes) {

    public FeedReader {
        scopes = Set.copyOf(scopes);
    }
}
