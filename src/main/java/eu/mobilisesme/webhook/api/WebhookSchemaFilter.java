package eu.mobilisesme.webhook.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import eu.mobilisesme.event.service.EventType;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Lists the event types and aggregate types of the webhook payload ({@code WebhookEvent}, written in
 * {@code META-INF/openapi.yaml}) from {@link EventType} itself, so the {@code webhooks} section names exactly the types
 * the dispatcher sends.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class WebhookSchemaFilter implements OASFilter {

    static final String SCHEMA = "WebhookEvent";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional.ofNullable(openAPI.getComponents()).map(components -> components.getSchemas())
                .map(schemas -> schemas.get(SCHEMA)).ifPresent(WebhookSchemaFilter::enumerate);
    }

    private static void enumerate(Schema payload) {
        property(payload, "type").ifPresent(type -> type.setEnumeration(List.copyOf(
                Arrays.stream(EventType.values()).map(EventType::wireName).toList())));
        property(payload, "data").flatMap(data -> property(data, "aggregateType"))
                .ifPresent(aggregateType -> aggregateType.setEnumeration(List.copyOf(
                        Arrays.stream(EventType.AggregateType.values()).map(EventType.AggregateType::wireName)
                                .toList())));
    }

    private static Optional<Schema> property(Schema schema, String name) {
        return Optional.ofNullable(schema.getProperties()).map(properties -> properties.get(name));
    }
}
