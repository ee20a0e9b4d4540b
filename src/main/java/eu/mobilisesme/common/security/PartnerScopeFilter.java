package eu.mobilisesme.common.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ResourceInfo;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;

/**
 * Enforces the partner scopes an operation declares, so they are written once: a resource method that partner
 * clients may call carries {@code @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = ...)}, which the
 * contract lists and this filter checks. A partner may call an operation when its token grants every scope of one of
 * the operation's partner requirements (no scopes: any partner client); an operation that declares no partner
 * requirement is closed to partners, whatever its roles say. Other callers are left to their roles.
 */
public class PartnerScopeFilter {

    /** The name of the partner clients' OAuth2 security scheme in the contract. */
    public static final String SCHEME = "partnerAuth";

    private final CurrentActor currentActor;
    /** Read once per resource method: its annotations never change. */
    private final Map<Method, List<SecurityRequirement>> byMethod = new ConcurrentHashMap<>();

    public PartnerScopeFilter(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** Runs after authentication and the role checks, on the matched resource method. */
    @ServerRequestFilter
    public void requireDeclaredScopes(ResourceInfo resource) {
        Actor actor = currentActor.get();
        if (!actor.isPartner()) {
            return;
        }
        List<SecurityRequirement> requirements = partnerRequirements(resource.getResourceMethod());
        if (requirements.isEmpty()) {
            throw new AccessDeniedException("Partner clients may not call this operation.");
        }
        List<String> missing = List.of();
        for (SecurityRequirement requirement : requirements) {
            missing = Arrays.stream(requirement.scopes()).filter(scope -> !actor.hasScope(scope)).toList();
            if (missing.isEmpty()) {
                return;
            }
        }
        throw new AccessDeniedException("Your client lacks the scope " + String.join(" ", missing) + ".");
    }

    /** The operation's requirements of the partner scheme, from the method or else from its class. */
    private List<SecurityRequirement> partnerRequirements(Method method) {
        return byMethod.computeIfAbsent(method, key -> {
            List<SecurityRequirement> declared = declared(method.getAnnotations());
            if (declared.isEmpty()) {
                declared = declared(method.getDeclaringClass().getAnnotations());
            }
            return declared.stream().filter(requirement -> SCHEME.equals(requirement.name())).toList();
        });
    }

    private static List<SecurityRequirement> declared(Annotation[] annotations) {
        List<SecurityRequirement> declared = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation instanceof SecurityRequirement requirement) {
                declared.add(requirement);
            } else if (annotation instanceof SecurityRequirements requirements) {
                declared.addAll(Arrays.asList(requirements.value()));
            }
        }
        return declared;
    }
}
