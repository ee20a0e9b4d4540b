package eu.mobilisesme.kpi.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Counts the KPI figures again in the background, from application start (so that a fresh demo shows figures at
 * once) and then every refresh interval, unless {@code mobilisesme.kpis.refresh-enabled} is false. One refresh runs at
 * a time in an instance; instances take turns through the snapshot lock.
 */
@ApplicationScoped
public class KpiRefresher {

    private static final Logger LOG = Logger.getLogger(KpiRefresher.class);

    private final KpiRefresh refresh;
    private final Vertx vertx;
    private final KpiConfig config;
    private volatile boolean running;
    private volatile long timer = -1;

    KpiRefresher(KpiRefresh refresh, Vertx vertx, KpiConfig config) {
        this.refresh = refresh;
        this.vertx = vertx;
        this.config = config;
    }

    void start(@Observes StartupEvent start) {
        if (config.refreshEnabled()) {
            running = true;
            next(Duration.ZERO);
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        vertx.cancelTimer(timer);
    }

    private void next(Duration delay) {
        if (running) {
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), fired -> round());
        }
    }

    private void round() {
        refreshNow().whenComplete((done, failure) -> {
            if (failure != null && running) {
                LOG.warnf("KPI refresh failed; next one in %s: %s", config.refreshInterval(), failure);
            }
            next(config.refreshInterval());
        });
    }

    /**
     * Counts every opened call again now, whatever the schedule, on a context of its own as a request has one (the
     * calls are read through a database session); completes when the snapshots are stored.
     */
    public CompletionStage<Void> refreshNow() {
        CompletableFuture<Void> refreshed = new CompletableFuture<>();
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> refresh.refreshOpenedCalls().subscribe()
                .with(refreshed::complete, refreshed::completeExceptionally));
        return refreshed;
    }
}
