package eu.mobilisesme.kpi.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends {@code /dashboard} to {@code /dashboard/}, where the dashboard page (static files in
 * {@code META-INF/resources/dashboard}) is served: the packaged service serves a folder's index page only at the
 * address with the slash, and the page's relative links need it.
 */
@ApplicationScoped
public class DashboardRoute {

    static final String PAGE = "/dashboard/";

    void install(@Observes Router router) {
        router.get("/dashboard").handler(DashboardRoute::redirect);
    }

    private static void redirect(RoutingContext context) {
        // Vert.x matches a route's path with or without a trailing slash: the page itself goes on to the files.
        if (!"/dashboard".equals(context.request().path())) {
            context.next();
            return;
        }
        String query = context.request().query();
        context.response()
                .setStatusCode(301)
                .putHeader(HttpHeaders.LOCATION, query == null ? PAGE : PAGE + "?" + query)
                .end();
    }
}
