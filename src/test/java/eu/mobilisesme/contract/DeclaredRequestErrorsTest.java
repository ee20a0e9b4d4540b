package eu.mobilisesme.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * Every operation of the committed contract that declares 400, 413 or 415 for what any request can get wrong answers
 * with it: a malformed id, an oversized body, a body that is not JSON. Walking the contract keeps new endpoints
 * covered.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class DeclaredRequestErrorsTest {

    /** An operation to call, and the media type its request body is declared in (JSON unless it says otherwise). */
    private record Call(PathItem.HttpMethod method, String path, String bodyType) {
    }

    @Test
    void everyOperationDeclaring415RefusesANonJsonBody() throws IOException {
        List<Call> calls = declaring("415");
        assertThat(calls).isNotEmpty();
        for (Call call : calls) {
            int status = Api.as(TestTokens.admin()).contentType("text/plain").body("hello")
                    .request(call.method().name(), call.path()).statusCode();
            assertThat(status).as(call.toString()).isEqualTo(415);
        }
    }

    @Test
    void everyOperationDeclaring413RefusesAnOversizedBody() throws IOException {
        String huge = "{\"description\":\"" + "x".repeat(300_000) + "\"}";
        List<Call> calls = declaring("413");
        assertThat(calls).isNotEmpty();
        for (Call call : calls) {
            int status = Api.as(TestTokens.admin()).body(huge).request(call.method().name(), call.path())
                    .statusCode();
            assertThat(status).as(call.toString()).isEqualTo(413);
        }
    }

    @Test
    void everyOperationWithAnIdInItsPathRefusesAMalformedOneWith400() throws IOException {
        List<Call> calls = declaring("400", "not-a-uuid").stream().filter(call -> call.path().contains("not-a-uuid"))
                .toList();
        assertThat(calls).hasSizeGreaterThan(10);
        for (Call call : calls) {
            // As a role the operation admits: administrators, for the paying facilitator's steps a facilitator, for
            // what only partner clients do (their webhooks' secrets) a partner client with every scope.
            int status = malformed(call, TestTokens.admin());
            if (status == 403) {
                status = malformed(call, TestTokens.facilitator(UUID.randomUUID()));
            }
            if (status == 403) {
                status = malformed(call, TestTokens.partner("declared-errors-" + UUID.randomUUID(),
                        String.join(" ", PartnerScopes.ALL)));
            }
            assertThat(status).as(call.toString()).isEqualTo(400);
        }
    }

    private static int malformed(Call call, String token) {
        return Api.as(token).contentType(call.bodyType()).body("{}").request(call.method().name(), call.path())
                .statusCode();
    }

    private static List<Call> declaring(String status) throws IOException {
        return declaring(status, UUID.randomUUID().toString());
    }

    /** The operations declaring {@code status}, with {@code id} for their id path parameters. */
    private static List<Call> declaring(String status, String id) throws IOException {
        OpenAPI contract = new OpenAPIV3Parser().readContents(Files.readString(Path.of("openapi/openapi.yaml")))
                .getOpenAPI();
        List<Call> calls = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
                if (operation.getValue().getResponses().containsKey(status)) {
                    calls.add(new Call(operation.getKey(), path.replaceAll("\\{externalRef}", "ref-1")
                            .replaceAll("\\{[^}]+}", id), bodyType(operation.getValue())));
                }
            }
        });
        return calls;
    }

    private static String bodyType(Operation operation) {
        RequestBody body = operation.getRequestBody();
        return body == null || body.getContent() == null ? "application/json"
                : body.getContent().keySet().iterator().next();
    }
}
