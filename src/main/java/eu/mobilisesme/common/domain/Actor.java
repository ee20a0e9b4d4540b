package eu.mobilisesme.common.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making a request, as far as the domain cares: the token's subject, its roles and the organisation it acts
 * for. Services take an actor instead of reading the security context, so they stay free of HTTP.
 *
 * @param subject        the token's {@code sub}: a person or, for partners, the API client
 * @param roles          the roles of {@link Roles}
 * @param smeId          the SME an {@code sme} user acts for
 * @param facilitatorId  the facilitator organisation a {@code facilitator} user acts for
 * @param scopes         what a partner client may do, e.g. {@code smes:write}
 */
public record Actor(String subject, Set<String> roles, Optional<UUID> smeId, Optional<UUID> facilitatorId,
        Set<String> scopes) {

    public Actor {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.PROGRAMME_ADMIN);
    }

    public boolean isPartner() {
        return roles.contains(Roles.PARTNER);
    }

    public boolean actsForSme(UUID id) {
        return roles.contains(Roles.SME) && smeId.filter(id::equals).isPresent();
    }

    public boolean actsForFacilitator(UUID id) {
        return roles.contains(Roles.FACILITATOR) && facilitatorId.filter(id::equals).isPresent();
    }

    /** The role this actor acts in, for records of who did what: the most powerful one it holds. */
    public String actingRole() {
        for (String role : List.of(Roles.PROGRAMME_ADMIN, Roles.FACILITATOR, Roles.SME, Roles.PARTNER)) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "none";
    }

    /**
     * Whether the actor may learn which person did something (a token subject may be a name or an email address):
     * people and administrators may; partner portals see the role, never the person.
     */
    public boolean mayIdentifyPeople() {
        return !isPartner();
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
