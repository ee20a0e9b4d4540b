package eu.mobilisesme.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import eu.mobilisesme.support.TestEnvironmentResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The committed contract is the one the code serves: an API change without its contract change fails here. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedContractMatchesTheServedOne() throws IOException {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        JsonNode served = YAML.readTree(given().queryParam("format", "yaml").get("/q/openapi").asString());
        assertThat(served)
                .withFailMessage("openapi/openapi.yaml is out of date: run ./mvnw package -DskipTests and commit openapi/")
                .isEqualTo(committed);
    }

    @Test
    void contractIsOpenApi31WithOperationIdsOnEveryOperation() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertThat(contract.path("openapi").asText()).isEqualTo("3.1.0");
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            assertThat(operation.getValue().path("operationId").asText())
                    .as("operationId of %s %s", operation.getKey(), path.getKey()).isNotBlank();
            assertThat(operation.getValue().path("responses").has("401"))
                    .as("401 declared on %s %s", operation.getKey(), path.getKey()).isTrue();
        }));
    }
}
