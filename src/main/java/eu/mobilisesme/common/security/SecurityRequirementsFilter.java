package eu.mobilisesme.common.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import eu.mobilisesme.common.domain.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes, per operation, who may call it in a form tools can read: {@code bearerAuth} with the people's roles (from
 * {@code @RolesAllowed}, added by Quarkus) and {@code partnerAuth} with the partner scopes (from the operation's
 * {@code @SecurityRequirement}, which {@link PartnerScopeFilter} enforces). Partner clients are described by
 * {@code partnerAuth} alone, so the {@code partner} role leaves the {@code bearerAuth} list; an operation only partners
 * may call keeps only {@code partnerAuth}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SecurityRequirementsFilter implements OASFilter {

    /** The people's scheme, as named by {@code quarkus.smallrye-openapi.security-scheme-name}. */
    static final String PEOPLE_SCHEME = "bearerAuth";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() != null) {
                operation.setSecurity(tidy(operation.getSecurity()));
            }
        }));
    }

    private static List<SecurityRequirement> tidy(List<SecurityRequirement> requirements) {
        List<SecurityRequirement> tidied = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            List<String> roles = requirement.getScheme(PEOPLE_SCHEME);
            if (roles == null) {
                tidied.add(requirement);
            } else if (roles.stream().anyMatch(role -> !role.equals(Roles.PARTNER))) {
                tidied.add(OASFactory.createSecurityRequirement().addScheme(PEOPLE_SCHEME,
                        roles.stream().filter(role -> !role.equals(Roles.PARTNER)).toList()));
            }
        }
        tidied.sort(Comparator.comparing(requirement -> !requirement.hasScheme(PEOPLE_SCHEME)));
        return tidied;
    }
}
