package eu.mobilisesme.common.api;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, a new UUID otherwise. The id
 * is logged with every line of the request (MDC), returned as a response header and quoted in problem documents.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";
    /** What a caller's own id may look like; anything else is replaced by a new id rather than refused. */
    public static final String FORMAT = "[A-Za-z0-9._:-]{1,64}";
    public static final int MAX_LENGTH = 64;
    private static final Pattern SANE = Pattern.compile(FORMAT);

    private RequestIds() {
    }

    static void assign(RoutingContext context) {
        String offered = context.request().getHeader(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        context.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The id assigned to this request; the response header is the one place that is always set. */
    public static String of(HttpServerRequest request) {
        return request.response().headers().get(HEADER);
    }
}
