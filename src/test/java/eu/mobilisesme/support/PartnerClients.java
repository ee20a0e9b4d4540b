package eu.mobilisesme.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Partner clients registered through the API, as an administrator does. */
public final class PartnerClients {

    public static final String CLIENTS = "/api/v1/partner-clients";
    /** Where the test clients' webhooks may point: the test receivers listen on this machine. */
    public static final String WEBHOOK_PREFIX = "http://127.0.0.1:9/hooks/";

    private PartnerClients() {
    }

    /** Registers an active client in the standard tier; its id (not its client id). */
    public static String register(String clientId, List<String> scopes) {
        return Api.as(TestTokens.admin()).body(body(clientId, scopes, true)).post(CLIENTS)
                .then().statusCode(201).extract().path("id");
    }

    /** A registration's body, to change before sending. */
    public static Map<String, Object> body(String clientId, List<String> scopes, boolean active) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("name", "Portal " + clientId);
        client.put("organisation", "A partner portal");
        client.put("scopes", scopes);
        client.put("webhookUrlPrefixes", List.of(WEBHOOK_PREFIX));
        client.put("rateLimitTier", "standard");
        client.put("active", active);
        return client;
    }
}
