package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class CurrentActorTest {

    @Test
    void readsRolesAndOrganisationsFromTheToken() {
        UUID sme = UUID.randomUUID();
        JwtClaims claims = claims("user-1", "sme");
        claims.setClaim("sme_id", sme.toString());
        claims.setClaim("scope", "catalogue:read");

        Actor actor = CurrentActor.actorOf(identity(claims, null));

        assertThat(actor.subject()).isEqualTo("user-1");
        assertThat(actor.roles()).containsExactly("sme");
        assertThat(actor.smeId()).contains(sme);
        assertThat(actor.facilitatorId()).isEmpty();
        assertThat(actor.scopes()).as("only a registered partner client has scopes").isEmpty();
    }

    @Test
    void aPartnersScopesAreThoseItsRegistrationGrants() {
        JwtClaims claims = claims("portal", "partner");
        PartnerClientAccess access = new PartnerClientAccess("portal", true, true, Set.of("catalogue:read"),
                "standard");

        assertThat(CurrentActor.actorOf(identity(claims, access)).scopes()).containsExactly("catalogue:read");
    }

    @Test
    void aDeactivatedOrUnregisteredPartnerHasNoScopes() {
        JwtClaims claims = claims("portal", "partner");
        PartnerClientAccess inactive = new PartnerClientAccess("portal", true, false, Set.of("catalogue:read"),
                "standard");

        assertThat(CurrentActor.actorOf(identity(claims, inactive)).scopes()).isEmpty();
        assertThat(CurrentActor.actorOf(identity(claims, PartnerClientAccess.unregistered("portal"))).scopes())
                .isEmpty();
    }

    @Test
    void theScopeClaimIsSpaceSeparated() {
        JwtClaims claims = claims("portal", "partner");
        claims.setClaim("scope", "catalogue:read  smes:write");

        assertThat(CurrentActor.claimedScopes(new DefaultJWTCallerPrincipal(claims)))
                .isEqualTo(Set.of("catalogue:read", "smes:write"));
    }

    @Test
    void aMalformedOrganisationClaimGrantsNothing() {
        JwtClaims claims = claims("user-2", "facilitator");
        claims.setClaim("facilitator_id", "not-a-uuid");

        Actor actor = CurrentActor.actorOf(identity(claims, null));

        assertThat(actor.facilitatorId()).isEmpty();
        assertThat(actor.scopes()).isEmpty();
    }

    private static SecurityIdentity identity(JwtClaims claims, PartnerClientAccess access) {
        DefaultJWTCallerPrincipal token = new DefaultJWTCallerPrincipal(claims);
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal(token)
                .addRoles(token.getGroups());
        if (access != null) {
            identity.addAttribute(PartnerClientAccess.ATTRIBUTE, access);
        }
        return identity.build();
    }

    private static JwtClaims claims(String subject, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setStringListClaim("groups", List.of(role));
        return claims;
    }
}
