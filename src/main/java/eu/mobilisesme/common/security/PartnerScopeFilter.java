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
import eu.mobilisesme.common.domain.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Lets a partner token in only while it names a registered, active client, and enforces the partner scopes an operation declares, so they are written once: a resource method that partner
 * clients may call carries {@code @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
 * scopes = ...))}, which the contract lists and this filter checks. A partner may call an operation when its token
 * grants every scope of one of the operation's partner requirements (no scopes: any partner client); an operation
 * that declares no partner requirement is closed to partners, whatever its roles say. Other callers are left to their
 * roles.
 * <p>
 * The requirement sits inside the {@code @SecurityRequirements} container because Quarkus writes the people's roles
 * from {@code @RolesAllowed} into the contract only for methods without a bare {@code @SecurityRequirement};
 * PartnerAccessDeclarationTest holds the roles, the declarations and the contract together.
 */
public class PartnerScopeFilter {

    /** The name of the partner clients' OAuth2 security scheme in the contract. */
    public static final String SCHEME = "partnerAuth";

    /** A partner token whose subject names no registered client. */
    public static final String CLIENT_NOT_REGISTERED = "CLIENT_NOT_REGISTERED";
    /** A registered client whose token lacks a scope the operation needs (the message names it). */
    public static final String SCOPE_MISSING = "SCOPE_MISSING";
    /** A partner token of a client an administrator deactivated. */
    public static final String CLIENT_INACTIVE = "CLIENT_INACTIVE";

    private final CurrentIdentityAssociation identities;
    /** Read once per resource method: its annotations never change. */
    private final Map<Method, List<SecurityRequirement>> byMethod = new ConcurrentHashMap<>();

    public PartnerScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * Runs on the matched resource method, after the role checks. The identity is awaited without blocking, as
     * operations open to anyone may run on the event loop.
     */
    @ServerRequestFilter
    public Uni<Void> requireDeclaredScopes(ResourceInfo resource) {
        return identities.getDeferredIdentity()
                .invoke(identity -> requireDeclaredScopes(identity, resource.getResourceMethod()))
                .replaceWithVoid();
    }

    private void requireDeclaredScopes(SecurityIdentity identity, Method method) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)) {
            return;
        }
        requireRegisteredAndActive(identity.getAttribute(PartnerClientAccess.ATTRIBUTE));
        List<SecurityRequirement> requirements = partnerRequirements(method);
        if (requirements.isEmpty()) {
            throw new AccessDeniedException("Partner clients may not call this operation.");
        }
        Actor actor = CurrentActor.actorOf(identity);
        List<String> missing = List.of();
        for (SecurityRequirement requirement : requirements) {
            missing = Arrays.stream(requirement.scopes()).filter(scope -> !actor.hasScope(scope)).toList();
            if (missing.isEmpty()) {
                return;
            }
        }
        throw new AccessDeniedException(SCOPE_MISSING,
                "Your client lacks the scope " + String.join(" ", missing) + ".");
    }

    private static void requireRegisteredAndActive(PartnerClientAccess client) {
        if (client == null || !client.registered()) {
            throw new AccessDeniedException(CLIENT_NOT_REGISTERED, "This API client is not registered.");
        }
        if (!client.active()) {
            throw new AccessDeniedException(CLIENT_INACTIVE, "This API client is deactivated.");
        }
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
