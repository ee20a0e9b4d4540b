package eu.mobilisesme.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.support.ResourceMethods;

/**
 * Partner access is declared once per operation and shows in the contract: an operation whose roles admit partners
 * declares the scopes they need (which PartnerScopeFilter enforces), and the contract lists, per operation, the
 * people's roles under bearerAuth and those scopes under partnerAuth.
 */
class PartnerAccessDeclarationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A resource method, with the roles it admits and its partner scope requirements. */
    private record Endpoint(Method method, List<String> roles, List<List<String>> partnerScopes) {

        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    @Test
    void anOperationAdmitsPartnersExactlyWhenItDeclaresTheirScopes() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(40);
        for (Endpoint endpoint : endpoints) {
            assertThat(endpoint.roles().contains(Roles.PARTNER))
                    .as("%s admits the partner role exactly when it declares @SecurityRequirement(name = %s)",
                            endpoint.name(), PartnerScopeFilter.SCHEME)
                    .isEqualTo(!endpoint.partnerScopes().isEmpty());
            // Quarkus writes the people's roles only for methods without a bare @SecurityRequirement.
            assertThat(endpoint.method().isAnnotationPresent(SecurityRequirement.class))
                    .as("%s declares its partner scopes inside @SecurityRequirements", endpoint.name()).isFalse();
        }
    }

    @Test
    void theContractListsThePeoplesRolesAndThePartnerScopesOfEachOperation() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        Map<String, JsonNode> securityByOperationId = new LinkedHashMap<>();
        contract.path("paths").forEach(path -> path.forEach(operation ->
                securityByOperationId.put(operation.path("operationId").asText(), operation.path("security"))));
        int compared = 0;
        for (Endpoint endpoint : endpoints()) {
            Operation operation = endpoint.method().getAnnotation(Operation.class);
            if (operation == null || !securityByOperationId.containsKey(operation.operationId())) {
                continue;
            }
            List<Map<String, List<String>>> expected = new ArrayList<>();
            List<String> people = endpoint.roles().stream().filter(role -> !role.equals(Roles.PARTNER)).toList();
            if (!people.isEmpty()) {
                expected.add(Map.of("bearerAuth", people));
            }
            endpoint.partnerScopes().forEach(scopes -> expected.add(Map.of(PartnerScopeFilter.SCHEME, scopes)));
            assertThat(YAML.convertValue(securityByOperationId.get(operation.operationId()), List.class))
                    .as("security of %s", operation.operationId()).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isEqualTo(securityByOperationId.size());
    }

    private static List<Endpoint> endpoints() {
        return ResourceMethods.all().stream()
                .map(method -> new Endpoint(method, roles(method), partnerScopes(method))).toList();
    }

    private static List<String> roles(Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        return roles == null ? List.of() : List.of(roles.value());
    }

    private static List<List<String>> partnerScopes(Method method) {
        List<SecurityRequirement> declared = new ArrayList<>(
                Arrays.asList(method.getAnnotationsByType(SecurityRequirement.class)));
        SecurityRequirements container = method.getAnnotation(SecurityRequirements.class);
        if (container != null && declared.isEmpty()) {
            declared.addAll(Arrays.asList(container.value()));
        }
        return declared.stream().filter(requirement -> requirement.name().equals(PartnerScopeFilter.SCHEME))
                .map(requirement -> List.of(requirement.scopes())).toList();
    }
}
