package eu.mobilisesme.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import eu.mobilisesme.common.api.IfMatchValue;
import eu.mobilisesme.support.ResourceMethods;

/**
 * The committed contract is bounded wherever a client sends something: in every parameter and request body, each
 * string has a maxLength (or an enum), each integer a minimum and a maximum, each array a maxItems. Walking the
 * contract keeps new operations and fields bounded too. The bounds come from Bean Validation annotations, so the code
 * checks them; the If-Match parameters, whose schema comes from IfMatchValue's constants, are checked here.
 */
class RequestBoundsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyStringIntegerAndArrayAClientSendsIsBounded() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        List<String> unbounded = new ArrayList<>();
        int checked = 0;
        for (var path : contract.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    JsonNode resolved = resolve(contract, parameter);
                    checked += walk(contract, resolved.path("schema"), where + " " + resolved.path("in").asText()
                            + " " + resolved.path("name").asText(), new HashSet<>(), unbounded);
                }
                for (var content : operation.getValue().path("requestBody").path("content").properties()) {
                    checked += walk(contract, content.getValue().path("schema"), where + " body", new HashSet<>(),
                            unbounded);
                }
            }
        }
        assertThat(checked).as("values checked").isGreaterThan(100);
        assertThat(unbounded).as("request values without bounds").isEmpty();
    }

    @Test
    void everyIfMatchHeaderTheCodeReadsIsCheckedAgainstTheSameBounds() {
        List<String> unchecked = new ArrayList<>();
        int found = 0;
        for (Method method : ResourceMethods.all()) {
            for (Parameter parameter : method.getParameters()) {
                HeaderParam header = parameter.getAnnotation(HeaderParam.class);
                if (header != null && header.value().equalsIgnoreCase(HttpHeaders.IF_MATCH)) {
                    found++;
                    if (!parameter.isAnnotationPresent(IfMatchValue.class)) {
                        unchecked.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(5);
        assertThat(unchecked).as("If-Match parameters without @IfMatchValue").isEmpty();
    }

    /** Checks {@code schema} and what it contains; returns how many values it checked. */
    private static int walk(JsonNode contract, JsonNode schema, String where, Set<String> seen,
            List<String> unbounded) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return seen.add(ref) ? walk(contract, resolve(contract, schema), where + " > " + ref.substring(
                    ref.lastIndexOf('/') + 1), seen, unbounded) : 0;
        }
        int checked = 1;
        switch (schema.path("type").asText()) {
            case "string" -> require(schema, where, unbounded, "maxLength", "enum");
            case "integer" -> {
                require(schema, where, unbounded, "minimum");
                require(schema, where, unbounded, "maximum");
            }
            case "array" -> require(schema, where, unbounded, "maxItems");
            default -> checked = 0;
        }
        for (var property : schema.path("properties").properties()) {
            checked += walk(contract, property.getValue(), where + "." + property.getKey(), seen, unbounded);
        }
        if (schema.has("items")) {
            checked += walk(contract, schema.get("items"), where + "[]", seen, unbounded);
        }
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(composition)) {
                checked += walk(contract, part, where, seen, unbounded);
            }
        }
        return checked;
    }

    private static void require(JsonNode schema, String where, List<String> unbounded, String... anyOf) {
        for (String keyword : anyOf) {
            if (schema.has(keyword)) {
                return;
            }
        }
        unbounded.add(where + ": no " + String.join(" or ", anyOf));
    }

    /** The node a local {@code $ref} points to, or the node itself. */
    private static JsonNode resolve(JsonNode contract, JsonNode node) {
        return node.has("$ref") ? contract.at(node.get("$ref").asText().substring(1)) : node;
    }
}
