package eu.mobilisesme.webhook.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where webhooks may go, how they are sent, and how the dispatcher runs. */
@ConfigMapping(prefix = "mobilisesme.webhooks")
public interface WebhookConfig {

    /** Plain http URLs too: for development only; production webhooks use https. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Non-public address blocks (CIDR) that webhooks may go to all the same: none in production, so a partner can never
     * make the service call into its own network.
     */
    Optional<List<String>> allowedPrivateNetworks();

    /** How long to wait for a connection to a receiver. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** How long to wait for the receiver's answer once the request is sent. */
    @WithDefault("PT5S")
    Duration responseTimeout();

    Retry retry();

    Dispatcher dispatcher();

    /** Exponential backoff with full jitter between attempts. */
    interface Retry {

        /** The largest wait after the first failed attempt; it doubles with each attempt after that. */
        @WithDefault("PT5S")
        Duration base();

        /** The largest wait between two attempts. */
        @WithDefault("PT1H")
        Duration cap();
    }

    interface Dispatcher {

        /** Whether this instance sends webhooks; any number of instances may, they share the work. */
        @WithDefault("true")
        boolean enabled();

        /** How often it looks for due deliveries when it found none. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** How many deliveries it claims and sends at once. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a claim holds: past it, another dispatcher sends the delivery again (the first crashed). Longer
         * than a whole attempt (connect and response timeouts), so a live sender never loses its claim.
         */
        @WithDefault("PT1M")
        Duration lease();
    }
}
