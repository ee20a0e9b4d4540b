package eu.mobilisesme.common.api;

import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.core.http.HttpServerRequest;

/** Builds problem documents and responses for the request at hand. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(ProblemType type, String detail, HttpServerRequest request) {
        return Problem.of(type, detail, request.path(), RequestIds.of(request));
    }

    public static RestResponse<Problem> response(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.getStatus())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
