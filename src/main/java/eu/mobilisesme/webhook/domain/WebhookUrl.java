package eu.mobilisesme.webhook.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import eu.mobilisesme.common.domain.BusinessRuleException;

/**
 * A webhook's address, as the rules about where webhooks may go see it: scheme, host, port and path, compared as
 * parsed values rather than as text, so that {@code https://portal.example.evil/} is never "under"
 * {@code https://portal.example}. Refused with WEBHOOK_URL_NOT_ALLOWED: anything but https (unless plain http is
 * allowed for development), user information, a fragment, dot segments in the path, and a host that is not an ASCII
 * name or an address literal.
 */
public final class WebhookUrl {

    private final String scheme;
    private final String host;
    private final int port;
    private final String path;
    private final String query;

    private WebhookUrl(String scheme, String host, int port, String path, String query) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.path = path;
        this.query = query;
    }

    /** {@code url} as a webhook address; plain http only when {@code allowHttp}. */
    public static WebhookUrl parse(String url, boolean allowHttp) {
        WebhookUrl parsed = parseAny(url, "The webhook URL");
        if (!parsed.scheme.equals("https") && !(allowHttp && parsed.scheme.equals("http"))) {
            throw refused("The webhook URL must use https.");
        }
        return parsed;
    }

    /**
     * Whether this URL is under one of {@code prefixes}: the same scheme, host and port, and a path that starts with
     * the prefix's path at a {@code /} boundary ({@code /hooks} admits {@code /hooks} and {@code /hooks/a}, not
     * {@code /hooks2}). A prefix that does not parse admits nothing.
     */
    public boolean isUnderAnyOf(List<String> prefixes) {
        return prefixes.stream().anyMatch(this::isUnder);
    }

    private boolean isUnder(String prefixText) {
        WebhookUrl prefix;
        try {
            prefix = parseAny(prefixText, "The prefix");
        } catch (BusinessRuleException malformed) {
            return false;
        }
        if (!prefix.scheme.equals(scheme) || !prefix.host.equals(host) || prefix.port != port) {
            return false;
        }
        return prefix.path.endsWith("/") ? path.startsWith(prefix.path)
                : path.equals(prefix.path) || path.startsWith(prefix.path + "/");
    }

    private static WebhookUrl parseAny(String text, String what) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw refused(what + " is not a valid absolute URL.");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getScheme() == null) {
            throw refused(what + " must be an absolute http(s) URL with a host name or address.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused(what + " must use https.");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(what + " must not contain user information.");
        }
        if (uri.getRawFragment() != null) {
            throw refused(what + " must not contain a fragment.");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!uri.normalize().getRawPath().equals(uri.getRawPath()) || path.toLowerCase(Locale.ROOT).contains("%2e")) {
            throw refused(what + " must not contain dot segments.");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw refused(what + " has an invalid port.");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new WebhookUrl(scheme, host(uri.getHost()), port, path, uri.getRawQuery());
    }

    /** Lower case, without the brackets of an IPv6 literal or the trailing dot of a fully qualified name. */
    private static String host(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static BusinessRuleException refused(String message) {
        return new BusinessRuleException("WEBHOOK_URL_NOT_ALLOWED", message);
    }

    public boolean secure() {
        return scheme.equals("https");
    }

    /** The host name or address literal (without brackets), as the Host header and TLS SNI name it. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The request target: the raw path and query. */
    public String pathAndQuery() {
        return query == null ? path : path + "?" + query;
    }
}
