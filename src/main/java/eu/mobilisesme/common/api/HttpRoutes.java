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

/**
 * What happens at the HTTP layer before and after the REST resources: the request id on the way in, and
 * problem+json for what never reaches a resource (an unknown path, a body over the size limit).
 */
@ApplicationScoped
public class HttpRoutes {

    /** Runs before every other route, so even a rejected request carries its id. */
    private static final int FIRST = Integer.MIN_VALUE;

    private final ObjectMapper objectMapper;
    private final long maxBodySize;

    public HttpRoutes(ObjectMapper objectMapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.objectMapper = objectMapper;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(RequestIds::assign);
        router.route().order(FIRST).handler(this::rejectOversizedBody);
        router.route().last().handler(context -> respond(context, ProblemType.NOT_FOUND, "No resource at this path."));
        router.route().failureHandler(this::failure);
    }

    /**
     * Refuses a body whose declared length is over the limit with a problem document (the server itself would answer
     * with an empty 413). Bodies without a declared length are still cut off by the server at the same limit.
     */
    private void rejectOversizedBody(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
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
                ? "The request body is larger than the service accepts."
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
