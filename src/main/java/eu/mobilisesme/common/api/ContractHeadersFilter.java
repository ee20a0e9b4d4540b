package eu.mobilisesme.common.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares the headers the service reads or sends on every request, from the constants the code checks them with:
 * the {@code If-Match} parameters ({@link IfMatchValue}), {@code Idempotency-Key} ({@link IdempotencyKey}),
 * {@code X-Request-Id} on every operation and every response
 * ({@link RequestIds}), and on every response the rate-limit headers and {@code Access-Control-Allow-Origin}, whose
 * components live in {@code META-INF/openapi.yaml}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractHeadersFilter implements OASFilter {

    /** Headers of every response, by the name of their component. */
    private static final List<String> ON_EVERY_RESPONSE = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset", RequestIds.HEADER, "Access-Control-Allow-Origin");
    private static final String REQUEST_ID_PARAMETER = "XRequestId";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addParameter("IfMatch", ifMatch(true, "The `ETag` of the version your change is based on (or `*` "
                + "to overwrite whatever is there). Missing: 428; not the current version: 412."));
        components.addParameter("IfMatchOptional", ifMatch(false, "The `ETag` of the version your change is based "
                + "on (or `*`): a stale one is refused with 412, so you cannot act on a state you have not seen. "
                + "Without it, the operation says what happens (a step applies to the current version)."));
        components.addParameter("IdempotencyKey", OASFactory.createParameter().name(IdempotencyKey.HEADER)
                .in(Parameter.In.HEADER).required(true).example("5f0c6a0e-3b1d-4a8e-9c41-2a7d0f3b9e11")
                .schema(string(IdempotencyKey.MAX_LENGTH, IdempotencyKey.PATTERN))
                .description("Your key for this request, kept by the service: a repeat with the same key and body "
                        + "answers as the first did (same resource, same status) and creates nothing; the same key "
                        + "with a different body is 422 IDEMPOTENCY_KEY_REUSED."));
        components.addParameter(REQUEST_ID_PARAMETER, OASFactory.createParameter().name(RequestIds.HEADER)
                .in(Parameter.In.HEADER).required(false).schema(requestId())
                .description("Your id for this request, echoed in the `X-Request-Id` response header and in problem "
                        + "documents. A value outside the pattern is not refused: the service then uses an id of "
                        + "its own."));
        components.addHeader(RequestIds.HEADER, OASFactory.createHeader().schema(requestId())
                .description("The id of this request in the service's logs: yours if you sent a valid one."));
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(ContractHeadersFilter::addEveryResponseHeaders);
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            operation.addParameter(OASFactory.createParameter().ref(REQUEST_ID_PARAMETER));
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getRef() == null)
                        .forEach(ContractHeadersFilter::addEveryResponseHeaders);
            }
        }));
    }

    private static Parameter ifMatch(boolean required, String description) {
        return OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER).required(required)
                .description(description).example("\"3\"")
                .schema(string(IfMatchValue.MAX_LENGTH, IfMatchValue.PATTERN));
    }

    private static Schema requestId() {
        return string(RequestIds.MAX_LENGTH, RequestIds.FORMAT);
    }

    /** A string schema; the pattern is anchored, as Bean Validation matches the whole value. */
    private static Schema string(int maxLength, String pattern) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength)
                .pattern("^(" + pattern + ")$");
    }

    private static void addEveryResponseHeaders(APIResponse response) {
        for (String header : ON_EVERY_RESPONSE) {
            Map<String, ?> headers = response.getHeaders();
            if (headers == null || !headers.containsKey(header)) {
                response.addHeader(header, OASFactory.createHeader().ref(header));
            }
        }
    }
}
