package eu.mobilisesme.webhook.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.partner.service.PartnerClients;
import eu.mobilisesme.webhook.domain.AddressRules;
import eu.mobilisesme.webhook.domain.NetworkRange;
import eu.mobilisesme.webhook.domain.WebhookUrl;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Where a client's webhooks may go: a URL of the right form under one of the client's registered prefixes, whose host
 * resolves to public addresses only (or to blocks the operator allows). Checked when a partner subscribes and again,
 * after a fresh resolution, before every attempt, since DNS may have changed in between. Read at start, so that a
 * malformed allowed block stops the service at once.
 */
@Startup
@ApplicationScoped
public class WebhookTargets {

    private final PartnerClients clients;
    private final Vertx vertx;
    private final boolean allowHttp;
    private final AddressRules rules;

    WebhookTargets(PartnerClients clients, Vertx vertx, WebhookConfig config) {
        this.clients = clients;
        this.vertx = vertx;
        this.allowHttp = config.allowHttp();
        try {
            this.rules = new AddressRules(config.allowedPrivateNetworks().orElse(List.of()).stream()
                    .filter(cidr -> !cidr.isBlank()).map(NetworkRange::parse).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("WEBHOOKS_ALLOWED_PRIVATE_NETWORKS: " + e.getMessage(), e);
        }
    }

    /**
     * {@code url} checked for a new subscription of {@code clientId}: 422 WEBHOOK_URL_NOT_ALLOWED,
     * WEBHOOK_HOST_UNKNOWN or WEBHOOK_ADDRESS_FORBIDDEN when it may not be used.
     */
    public Uni<WebhookUrl> checkForSubscription(String clientId, String url) {
        WebhookUrl parsed = parse(url);
        return clients.webhookUrlPrefixes(clientId).flatMap(prefixes -> {
            if (!parsed.isUnderAnyOf(prefixes)) {
                throw new BusinessRuleException("WEBHOOK_URL_NOT_ALLOWED", "The webhook URL is not under one of the "
                        + "URL prefixes registered for your client" + (prefixes.isEmpty() ? " (it has none)."
                        : ": " + String.join(", ", prefixes) + "."));
            }
            return resolve(parsed.host());
        }).onFailure(UnknownHostException.class).transform(unknown -> new BusinessRuleException(
                "WEBHOOK_HOST_UNKNOWN", "The webhook URL's host " + parsed.host() + " does not resolve."))
                .map(addresses -> {
                    refusal(addresses).ifPresent(reason -> {
                        throw new BusinessRuleException("WEBHOOK_ADDRESS_FORBIDDEN", "The webhook URL's host "
                                + "resolves to an address webhooks may not go to: " + reason + ".");
                    });
                    return parsed;
                });
    }

    /** {@code url} in the form webhooks may have (https, unless plain http is allowed); 422 otherwise. */
    public WebhookUrl parse(String url) {
        return WebhookUrl.parse(url, allowHttp);
    }

    /**
     * Every address {@code host} resolves to now, by the system resolver (the hosts file, then DNS), off the event
     * loop; fails with UnknownHostException when there is none.
     */
    public Uni<List<InetAddress>> resolve(String host) {
        // Unordered: lookups of a batch's deliveries run side by side rather than one after another.
        return vertx.executeBlocking(() -> Arrays.asList(InetAddress.getAllByName(host)), false);
    }

    /** Why webhooks may not go to these addresses (one refused address is enough), or empty when they may. */
    public Optional<String> refusal(List<InetAddress> addresses) {
        return addresses.stream().map(rules::refusal).flatMap(Optional::stream).findFirst();
    }
}
