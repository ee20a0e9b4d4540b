package eu.mobilisesme.common.api;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares on every operation the problem responses that any authenticated request may get (401, 403, 406, 414,
 * 429, 500, 503), so resources list only the ones their own logic produces.
 */
public class CommonResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "Unauthorized",
            "403", "Forbidden",
            "406", "NotAcceptable",
            "414", "UriTooLong",
            "429", "TooManyRequests",
            "500", "InternalError",
            "503", "ServiceUnavailable");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        // Replaces the framework's bare 401/403 with our problem responses, and orders all by status code.
        var byStatus = new TreeMap<>(responses.getAPIResponses());
        COMMON.forEach((status, name) -> byStatus.put(status, OASFactory.createAPIResponse().ref(name)));
        responses.setAPIResponses(byStatus);
        return operation;
    }
}
