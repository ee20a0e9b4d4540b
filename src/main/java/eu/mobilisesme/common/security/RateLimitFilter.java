package eu.mobilisesme.common.security;

import java.util.OptionalLong;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import eu.mobilisesme.common.api.Problem;
import eu.mobilisesme.common.api.ProblemType;
import eu.mobilisesme.common.api.Problems;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers 429 with {@code Retry-After} once a caller exceeds its budget. The caller is its bearer token (each API
 * client or user session has its own budget) or, without one, its address.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter(preMatching = true)
    public RestResponse<Problem> limit(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String caller = authorization != null ? "token:" + authorization
                : "address:" + request.remoteAddress().hostAddress();
        OptionalLong retryAfter = limiter.acquire(caller);
        if (retryAfter.isEmpty()) {
            return null;
        }
        RestResponse<Problem> response = Problems.response(Problems.of(ProblemType.TOO_MANY_REQUESTS,
                "Too many requests; retry after " + retryAfter.getAsLong() + " seconds.", request));
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.getAsLong()));
        return response;
    }
}
