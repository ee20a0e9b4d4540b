package eu.mobilisesme.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What happens at the HTTP layer before and after the REST resources: the request id on the way in, and
 * problem+json for what never reaches a resource (an unknown path, an over-long URI, a body over the size limit).
 */
@ApplicationScoped
public class HttpRoutes {

    /** Runs before every other route, so even a rejected request carries its id. */
    private static final int FIRST = Integer.MIN_VALUE;

    private final ObjectMapper objectMapper;
    private final long maxBodySize;
    private final int maxUriLength;
    private final BodyHandler chunkedBody;

    public HttpRoutes(ObjectMapper objectMapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "mobilisesme.http.max-uri-length") int maxUriLength) {
        this.objectMapper = objectMapper;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxUriLength = maxUriLength;
        this.chunkedBody = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(RequestIds::assign);
        router.route().order(FIRST).handler(this::rejectOverlongUri);
        router.route().order(FIRST).handler(this::rejectOversizedBody);
        router.route().last().handler(context -> respond(context, ProblemType.NOT_FOUND, "No resource at this path."));
        router.route().failureHandler(this::failure);
    }

    /**
     * Refuses a URI over {@code mobilisesme.http.max-uri-length} with a problem document. The HTTP codec's own
     * limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above it, because the codec answers an
     * empty 414 that no handler of ours sees.
     */
    private void rejectOverlongUri(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            respond(context, ProblemType.URI_TOO_LONG, "The request URI is longer than the service accepts ("
                    + maxUriLength + " characters).");
            return;
        }
        context.next();
    }

    /**
     * Refuses a body whose declared length is over the limit with a problem document (the server itself would answer
     * with an empty 413). A body without a declared length (chunked) is read here up to the same limit, so that one
     * too large fails into {@link #failure} and is answered with a problem document too.
     */
    private void rejectOversizedBody(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            chunkedBody.handle(context);
            return;
        }
        if (declared != null && declared.length() < 19 && declared.chars().allMatch(Character::isDigit)
                && Long.parseLong(declared) > maxBodySize) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            respond(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the service accepts ("
                    + maxBodySize + " bytes).");
            return;
        }
        context.next();
    }

    private void failure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() > 0 ? context.statusCode() : 500;
        ProblemType type = ProblemType.forStatus(status);
        String detail = type == ProblemType.PAYLOAD_TOO_LARGE
                ? "The request body is larger than the service accepts (" + maxBodySize + " bytes)."
                : type.title() + ".";
        respond(context, type, detail);
    }

    private void respond(RoutingContext context, ProblemType type, String detail) {
        Problem problem = Problems.of(type, detail, context.request());
        try {
            context.response()
                    .setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(objectMapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(type.status()).end();
        }
    }
}
