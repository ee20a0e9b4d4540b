package eu.mobilisesme.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Company profiles for tests: valid request bodies with unique VAT numbers, and companies created through the API. */
public final class Smes {

    public static final String SMES = "/api/v1/smes";
    /** Where partner portals import companies by their own references. */
    public static final String IMPORTS = "/api/v1/sme-imports";

    private Smes() {
    }

    /** A valid profile of a small Italian company that sends and hosts, with a VAT number no other test uses. */
    public static Map<String, Object> italian(String legalName) {
        Map<String, Object> body = new HashMap<>();
        body.put("legalName", legalName);
        body.put("tradingName", "Trading " + legalName);
        body.put("country", "IT");
        body.put("nutsRegion", "ITF47");
        body.put("address", Map.of("street", "Via Sparano 1", "postalCode", "70121", "city", "Bari"));
        body.put("website", "https://example.it");
        body.put("vatNumber", "IT" + digits(11));
        body.put("naceCode", "C10.41");
        body.put("foundingYear", 1998);
        body.put("staffHeadcount", 12);
        body.put("annualTurnover", "1850000.00");
        body.put("balanceSheetTotal", "920000.00");
        body.put("languages", List.of("it", "en"));
        body.put("collaborationOffered", List.of("PRODUCT_DEVELOPMENT"));
        body.put("collaborationSought", List.of("MARKET_RESEARCH"));
        body.put("targetMarkets", List.of("DE", "PT"));
        body.put("exchangeRole", "BOTH");
        body.put("hostingCapacity", 1);
        body.put("description", "Olive oil mill exporting to Europe.");
        body.put("catalogueConsent", true);
        return body;
    }

    /** {@code body} with {@code field} set to {@code value} (null removes it). */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    /** Registers {@code body} as an administrator, assigned to {@code facilitatorId}; returns the new id. */
    public static UUID register(Map<String, Object> body, UUID facilitatorId) {
        String id = Api.as(TestTokens.admin()).body(with(body, "facilitatorId", facilitatorId.toString()))
                .post(SMES).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A registered and verified company listed in the public catalogue. */
    public static UUID verified(Map<String, Object> body, UUID facilitatorId) {
        UUID id = register(body, facilitatorId);
        Api.as(TestTokens.facilitator(facilitatorId)).body(Map.of()).post(SMES + "/" + id + "/verify")
                .then().statusCode(200);
        return id;
    }

    public static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
