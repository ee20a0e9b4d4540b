package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.support.Api;
import eu.mobilisesme.support.Smes;
import eu.mobilisesme.support.TestEnvironmentResource;
import eu.mobilisesme.support.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Partner clients, operation by operation: without the scope an operation declares, 403 naming the scope; with it
 * alone, the operation's own answer. Operations that declare no partner access refuse partners whatever their scopes.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class PartnerScopeTest {

    private static final List<String> ALL_SCOPES = PartnerScopes.ALL;
    private static final String ANY = "";
    private static final String ID = "/" + UUID.randomUUID();
    private static final String APPLICATION = "/api/v1/mobility-applications" + ID;
    private static final String WEBHOOKS = "/api/v1/webhook-subscriptions";

    /** One operation: its method and path, the scope it needs ("" for any partner) and its answer with that scope. */
    record Row(String method, String path, String scope, int withScope) {

        @Override
        public String toString() {
            return method + " " + path + " needs " + (scope.isEmpty() ? "no scope" : scope) + " -> " + withScope;
        }
    }

    static Stream<Row> partnerOperations() {
        return Stream.of(
                new Row("GET", "/api/v1/smes", PartnerScopes.CATALOGUE_READ, 200),
                new Row("GET", "/api/v1/smes" + ID, PartnerScopes.CATALOGUE_READ, 404),
                new Row("GET", "/api/v1/smes" + ID + "/history", PartnerScopes.CATALOGUE_READ, 404),
                new Row("PUT", "/api/v1/sme-imports/scope-test-" + UUID.randomUUID(), PartnerScopes.SMES_WRITE, 201),
                new Row("GET", "/api/v1/sme-imports/never-imported", PartnerScopes.SMES_WRITE, 404),
                new Row("GET", "/api/v1/mobility-applications", PartnerScopes.APPLICATIONS_READ, 200),
                new Row("GET", APPLICATION, PartnerScopes.APPLICATIONS_READ, 404),
                new Row("GET", APPLICATION + "/history", PartnerScopes.APPLICATIONS_READ, 404),
                new Row("GET", APPLICATION + "/learning-project/revisions", PartnerScopes.APPLICATIONS_READ, 404),
                new Row("GET", APPLICATION + "/signatures", PartnerScopes.APPLICATIONS_READ, 404),
                new Row("GET", APPLICATION + "/reports", PartnerScopes.APPLICATIONS_READ, 404),
                new Row("GET", APPLICATION + "/proposals", PartnerScopes.APPLICATIONS_READ, 404),
                new Row("GET", "/api/v1/events", PartnerScopes.EVENTS_READ, 200),
                new Row("GET", "/api/v1/calls", ANY, 200),
                new Row("GET", "/api/v1/calls" + ID, ANY, 404),
                new Row("GET", "/api/v1/calls" + ID + "/policies", ANY, 404),
                new Row("GET", "/api/v1/facilitators", ANY, 200),
                new Row("GET", "/api/v1/facilitators" + ID, ANY, 404),
                new Row("GET", "/api/v1/partner-clients/me", ANY, 200),
                new Row("GET", WEBHOOKS, PartnerScopes.WEBHOOKS_MANAGE, 200),
                new Row("POST", WEBHOOKS, PartnerScopes.WEBHOOKS_MANAGE, 400),
                new Row("GET", WEBHOOKS + ID, PartnerScopes.WEBHOOKS_MANAGE, 404),
                new Row("DELETE", WEBHOOKS + ID, PartnerScopes.WEBHOOKS_MANAGE, 404),
                new Row("POST", WEBHOOKS + ID + "/secret", PartnerScopes.WEBHOOKS_MANAGE, 404),
                new Row("GET", WEBHOOKS + ID + "/deliveries", PartnerScopes.WEBHOOKS_MANAGE, 404),
                new Row("POST", WEBHOOKS + ID + "/redeliveries", PartnerScopes.WEBHOOKS_MANAGE, 400));
    }

    static Stream<Row> closedToPartners() {
        return Stream.of(
                new Row("POST", "/api/v1/smes", ANY, 403),
                new Row("PUT", "/api/v1/smes" + ID, ANY, 403),
                new Row("POST", "/api/v1/smes" + ID + "/verify", ANY, 403),
                new Row("POST", "/api/v1/mobility-applications", ANY, 403),
                new Row("POST", APPLICATION + "/submit", ANY, 403),
                new Row("GET", APPLICATION + "/suggestions", ANY, 403),
                new Row("POST", APPLICATION + "/signatures", ANY, 403),
                new Row("GET", "/api/v1/smes" + ID + "/participants", ANY, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerOperations")
    void withoutTheScopeIs403NamingIt(Row row) {
        if (row.scope().isEmpty()) {
            return;
        }
        String otherScopes = ALL_SCOPES.stream().filter(scope -> !scope.equals(row.scope()))
                .collect(Collectors.joining(" "));
        send(TestTokens.partner("portal-" + UUID.randomUUID(), otherScopes), row)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:mobilisesme:problem:forbidden"))
                .body("detail", containsString(row.scope()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerOperations")
    void withTheScopeAloneIsTheOperationsOwnAnswer(Row row) {
        send(TestTokens.partner("portal-" + UUID.randomUUID(), row.scope()), row).then().statusCode(row.withScope());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedToPartners")
    void partnersMayNotCallWhatDeclaresNoPartnerAccessWhateverTheirScopes(Row row) {
        send(TestTokens.partner("portal-" + UUID.randomUUID(), String.join(" ", ALL_SCOPES)), row)
                .then().statusCode(403);
    }

    @Test
    void peopleNeedNoScopes() {
        Api.as(TestTokens.admin()).get("/api/v1/smes").then().statusCode(200);
        Api.as(TestTokens.admin()).get("/api/v1/mobility-applications").then().statusCode(200);
    }

    @Test
    void theTableCoversEveryOperationTheContractOpensToPartners() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        List<String> declared = new ArrayList<>();
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            for (JsonNode requirement : operation.getValue().path("security")) {
                if (requirement.has(PartnerScopeFilter.SCHEME)) {
                    String scope = requirement.get(PartnerScopeFilter.SCHEME).path(0).asText(ANY);
                    declared.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + scope);
                }
            }
        }));
        List<String> tested = partnerOperations().map(row -> row.method() + " " + template(row.path()) + " "
                + row.scope()).toList();
        assertThat(tested).containsExactlyInAnyOrderElementsOf(declared);
    }

    private static String template(String path) {
        return path.replace(ID, "/{id}").replaceFirst("/sme-imports/.*", "/sme-imports/{externalRef}");
    }

    private static io.restassured.response.Response send(String token, Row row) {
        var request = Api.as(token);
        if (row.method().equals("PUT") || row.method().equals("POST")) {
            request = request.body(Smes.italian("Scope test " + UUID.randomUUID()));
        }
        return request.request(row.method(), row.path());
    }
}
