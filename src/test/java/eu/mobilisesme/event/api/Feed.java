package eu.mobilisesme.event.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import eu.mobilisesme.support.Api;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Reading the events feed through HTTP, as a partner's client would: page by page from a stored cursor. An event
 * becomes readable once every transaction older than its own has ended, so tests wait for what they expect with a
 * deadline rather than for a fixed time.
 */
final class Feed {

    static final String EVENTS = "/api/v1/events";
    /** The most events a page holds: reads to the end take few requests. */
    static final int MAX_LIMIT = 500;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Feed() {
    }

    /** Events in feed order and the cursor after them. */
    record Read(List<Map<String, Object>> events, String next) {

        /** The events about {@code aggregateIds}, in feed order. */
        List<Map<String, Object>> about(Collection<String> aggregateIds) {
            return events.stream().filter(event -> aggregateIds.contains(event.get("aggregateId"))).toList();
        }
    }

    /** One page after {@code after} (from the start when null), of {@code types} (every type when null). */
    static Read page(String token, String after, String types, int limit) {
        ExtractableResponse<Response> page = request(token, after, types, limit).get(EVENTS).then().statusCode(200)
                .extract();
        return new Read(page.path("items"), page.path("next"));
    }

    static RequestSpecification request(String token, String after, String types, int limit) {
        RequestSpecification request = Api.as(token).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (types != null) {
            request.queryParam("types", types);
        }
        return request;
    }

    /** Every event after {@code after} to the end of the feed for now, in pages of {@code limit}. */
    static Read toEnd(String token, String after, String types, int limit) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        while (true) {
            Read page = page(token, cursor, types, limit);
            events.addAll(page.events());
            cursor = page.next();
            if (page.events().size() < limit) {
                return new Read(events, cursor);
            }
        }
    }

    /** Where the feed ends now, for {@code token} and {@code types}: what happens next is read from there. */
    static String end(String token, String types) {
        return toEnd(token, null, types, MAX_LIMIT).next();
    }

    /**
     * Reads from {@code after} to the end, again until at least {@code count} events about {@code aggregateIds} are
     * readable (they were committed; older transactions may hold them back for a moment), and returns that read. With
     * the last of them readable, every event of the same changes is: a test then asserts the exact list.
     */
    static Read until(String token, String after, String types, Collection<String> aggregateIds, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Read read = toEnd(token, after, types, MAX_LIMIT);
        while (read.about(aggregateIds).size() < count && Instant.now().isBefore(deadline)) {
            read = toEnd(token, after, types, MAX_LIMIT);
        }
        return read;
    }
}
