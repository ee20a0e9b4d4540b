package eu.mobilisesme.kpi.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often the KPI figures are counted again in the background. */
@ConfigMapping(prefix = "mobilisesme.kpis")
public interface KpiConfig {

    /** Off: figures are counted only when a call has none yet (for a benchmark, say). */
    @WithDefault("true")
    boolean refreshEnabled();

    /** How old the figures may get: a refresh counts every opened call, for every scope, at this interval. */
    @WithDefault("PT1M")
    Duration refreshInterval();
}
