package eu.mobilisesme.common.api;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares on every operation the problem responses that any authenticated request may get (401, 403, 406, 414,
 * 429, 500, 503), so resources list only the ones their own logic produces. Only the operations of {@code paths}:
 * those of {@code webhooks} are requests the service sends, whose answers are the receiver's.
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
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values()
                    .forEach(item -> item.getOperations().values().forEach(CommonResponsesFilter::addCommon));
        }
    }

    private static void addCommon(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        // Replaces the framework's bare 401/403 with our problem responses, and orders all by status code.
        var byStatus = new TreeMap<>(responses.getAPIResponses());
        COMMON.forEach((status, name) -> byStatus.put(status, OASFactory.createAPIResponse().ref(name)));
        responses.setAPIResponses(byStatus);
    }
}
