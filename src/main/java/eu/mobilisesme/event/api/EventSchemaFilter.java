package eu.mobilisesme.event.api;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import eu.mobilisesme.event.service.EventType;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Lists the event types and aggregate types in the {@code Event} schema from {@link EventType} itself, so that the
 * contract names exactly the types the service records, by their wire names.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class EventSchemaFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema event = openAPI.getComponents().getSchemas().get(EventResponse.SCHEMA);
        if (event == null || event.getProperties() == null) {
            return;
        }
        enumerate(event.getProperties().get("type"),
                Arrays.stream(EventType.values()).map(EventType::wireName).toList());
        enumerate(event.getProperties().get("aggregateType"),
                Arrays.stream(EventType.AggregateType.values()).map(EventType.AggregateType::wireName).toList());
    }

    private static void enumerate(Schema property, List<String> names) {
        if (property != null) {
            property.setEnumeration(List.copyOf(names));
        }
    }
}
