package eu.mobilisesme.common.security;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import eu.mobilisesme.common.api.Problem;
import eu.mobilisesme.common.api.ProblemType;
import eu.mobilisesme.common.api.Problems;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Tells every caller its budget in the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} headers (the fields of draft-ietf-httpapi-ratelimit-headers-06), and answers 429 with
 * {@code Retry-After} once the budget is spent. The caller is the subject of a verified token (each person or API
 * client has one budget, however many tokens it holds) or, without a valid one, its address: made-up tokens buy no
 * budget of their own.
 */
public class RateLimitFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    /** Verifies the token here, without blocking; a failure is answered later, by the role checks (401). */
    @ServerRequestFilter(preMatching = true)
    public Uni<RestResponse<Problem>> limit(HttpServerRequest request) {
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? null : "subject:" + identity.getPrincipal().getName())
                .onFailure().recoverWithNull()
                .map(subject -> limit(request, subject != null ? subject
                        : "address:" + request.remoteAddress().hostAddress()));
    }

    private RestResponse<Problem> limit(HttpServerRequest request, String caller) {
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
