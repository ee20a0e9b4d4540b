package eu.mobilisesme.common.security;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import eu.mobilisesme.common.api.Problem;
import eu.mobilisesme.common.api.ProblemType;
import eu.mobilisesme.common.api.Problems;
import io.vertx.core.http.HttpServerRequest;

/**
 * Tells every caller its budget in the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} headers (the fields of draft-ietf-httpapi-ratelimit-headers-06), and answers 429 with
 * {@code Retry-After} once the budget is spent. The caller is its bearer token (each API client or user session has
 * its own budget) or, without one, its address.
 */
public class RateLimitFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @ServerRequestFilter(preMatching = true)
    public RestResponse<Problem> limit(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String caller = authorization != null ? "token:" + authorization
                : "address:" + request.remoteAddress().hostAddress();
        RateLimiter.Budget budget = limiter.acquire(caller);
        // On the server response itself, so every answer carries them, whatever produces it.
        request.response().putHeader(LIMIT, String.valueOf(budget.limit()))
                .putHeader(REMAINING, String.valueOf(budget.remaining()))
                .putHeader(RESET, String.valueOf(budget.resetSeconds()));
        if (budget.allowed()) {
            return null;
        }
        RestResponse<Problem> response = Problems.response(Problems.of(ProblemType.TOO_MANY_REQUESTS,
                "Too many requests; retry after " + budget.resetSeconds() + " seconds.", request));
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(budget.resetSeconds()));
        return response;
    }
}
