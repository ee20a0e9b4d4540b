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
import io.vertx.core.net.SocketAddress;

/**
 * Tells every caller its budget in the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} headers (the fields of draft-ietf-httpapi-ratelimit-headers-06), and answers 429 with
 * {@code Retry-After} once the budget is spent. {@link RateLimitGate} says whose budget a request spends.
 * <p>
 * The source address is the connection's, or the client's as a reverse proxy forwarded it: Quarkus puts the
 * forwarded address in {@code remoteAddress()} only with {@code HTTP_PROXY_FORWARDING} on and the connection from
 * one of {@code HTTP_TRUSTED_PROXIES}.
 */
public class RateLimitFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    private final RateLimitGate gate;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimitGate gate, CurrentIdentityAssociation identities) {
        this.gate = gate;
        this.identities = identities;
    }

    /**
     * Before matching, so that no request escapes it; the token is verified here, when the gate asks for the
     * identity, without blocking.
     */
    @ServerRequestFilter(preMatching = true)
    public Uni<RestResponse<Problem>> limit(HttpServerRequest request) {
        return gate.admit(sourceAddress(request), request.getHeader(HttpHeaders.AUTHORIZATION),
                identities.getDeferredIdentity())
                .map(budget -> answer(request, budget));
    }

    /** A forwarded address that is not an IP literal (RFC 7239 allows names) has no host address, only a host. */
    private static String sourceAddress(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }

    private static RestResponse<Problem> answer(HttpServerRequest request, Budget budget) {
        // On the server response itself, so every answer carries them, whatever produces it.
        request.response().putHeader(LIMIT, String.valueOf(budget.limit()))
                .putHeader(REMAINING, String.valueOf(budget.remaining()))
                .putHeader(RESET, String.valueOf(budget.resetSeconds()));
        if (budget.allowed()) {
            return null;
        }
        RestResponse<Problem> response = Problems.response(Problems.of(ProblemType.TOO_MANY_REQUESTS,
                "Too many requests; retry after " + budget.retryAfterSeconds() + " seconds.", request));
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(budget.retryAfterSeconds()));
        return response;
    }
}
