package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Actor;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class CurrentActorTest {

    @Test
    void readsRolesOrganisationsAndScopesFromTheToken() {
        UUID sme = UUID.randomUUID();
        JwtClaims claims = claims("user-1", "sme");
        claims.setClaim("sme_id", sme.toString());
        claims.setClaim("scope", "catalogue:read  smes:write");

        Actor actor = CurrentActor.actorOf(new DefaultJWTCallerPrincipal(claims));

        assertThat(actor.subject()).isEqualTo("user-1");
        assertThat(actor.roles()).containsExactly("sme");
        assertThat(actor.smeId()).contains(sme);
        assertThat(actor.facilitatorId()).isEmpty();
        assertThat(actor.scopes()).isEqualTo(Set.of("catalogue:read", "smes:write"));
    }

    @Test
    void aMalformedOrganisationClaimGrantsNothing() {
        JwtClaims claims = claims("user-2", "facilitator");
        claims.setClaim("facilitator_id", "not-a-uuid");

        Actor actor = CurrentActor.actorOf(new DefaultJWTCallerPrincipal(claims));

        assertThat(actor.facilitatorId()).isEmpty();
        assertThat(actor.scopes()).isEmpty();
    }

    private static JwtClaims claims(String subject, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setStringListClaim("groups", List.of(role));
        return claims;
    }
}
