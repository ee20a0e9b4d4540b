package eu.mobilisesme.webhook.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import eu.mobilisesme.event.service.EventType;

/**
 * The committed contract describes what the dispatcher sends, so that partners can generate receivers from it: the
 * three Standard Webhooks headers, and a payload whose types are exactly the event types the service has.
 */
class WebhookContractTest {

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi/openapi.yaml")));
    }

    @Test
    void theWebhooksSectionNamesTheSignatureHeaders() throws IOException {
        JsonNode contract = contract();
        JsonNode operation = contract.path("webhooks").path("domainEvent").path("post");
        List<String> headers = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            String name = parameter.path("$ref").asText().replace("#/components/parameters/", "");
            JsonNode declared = contract.path("components").path("parameters").path(name);
            assertThat(declared.path("in").asText()).isEqualTo("header");
            assertThat(declared.path("required").asBoolean()).isTrue();
            headers.add(declared.path("name").asText());
        });
        assertThat(headers).containsExactly("webhook-id", "webhook-timestamp", "webhook-signature");
        assertThat(operation.path("requestBody").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/WebhookEvent");
        assertThat(operation.path("description").asText()).contains("HMAC-SHA256", "whsec_");
    }

    @Test
    void thePayloadListsEveryEventTypeAndAggregateType() throws IOException {
        JsonNode payload = contract().path("components").path("schemas").path("WebhookEvent");
        assertThat(texts(payload.path("properties").path("type").path("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::wireName)
                        .toList());
        assertThat(texts(payload.path("properties").path("data").path("properties").path("aggregateType")
                .path("enum"))).containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.AggregateType.values())
                        .map(EventType.AggregateType::wireName).toList());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
