package eu.mobilisesme.devmode;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import eu.mobilisesme.common.domain.Roles;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * Dev mode only: signed tokens for the demo users, one per role, valid for an hour (the longest lifetime the service accepts). Production and test builds
 * do not contain this endpoint. The Camera di Commercio di Bari has two users, so that a payment one of them creates
 * can be approved by the other (four eyes).
 */
@IfBuildProfile("dev")
@Path("/dev/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class DemoTokenResource {

    /** A demo user: the claims its token carries. The ids are those of the demo data (db/demo). */
    record DemoUser(String subject, String role, Map<String, String> claims, String description) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@mobilisesme.eu", Roles.PROGRAMME_ADMIN, Map.of(), "Programme administrator"),
            new DemoUser("lcp.bari@example.eu", Roles.FACILITATOR,
                    Map.of("facilitator_id", "0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001"),
                    "Facilitator: Camera di Commercio di Bari (covers IT, SM)"),
            new DemoUser("treasury.bari@example.eu", Roles.FACILITATOR,
                    Map.of("facilitator_id", "0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001"),
                    "Facilitator: Camera di Commercio di Bari, second user (approves the payments lcp.bari creates)"),
            new DemoUser("lcp.lisboa@example.eu", Roles.FACILITATOR,
                    Map.of("facilitator_id", "0b5f1c52-6f4e-4c1e-9a53-1f0d2a000002"),
                    "Facilitator: Associação Empresarial de Portugal (covers PT, ES)"),
            new DemoUser("owner@olio-puglia.example.it", Roles.SME,
                    Map.of("sme_id", "5e5e0000-0000-4000-8000-000000000001"), "SME user: Olio di Puglia Srl (IT)"),
            new DemoUser("ceo@azulejo.example.pt", Roles.SME,
                    Map.of("sme_id", "5e5e0000-0000-4000-8000-000000000002"), "SME user: Azulejo Digital Lda (PT)"),
            new DemoUser("eures-portal", Roles.PARTNER, Map.of("scope",
                    "catalogue:read smes:write applications:read events:read webhooks:manage"),
                    "Partner portal client: EURES"),
            new DemoUser("eye-portal-2019", Roles.PARTNER, Map.of("scope", "catalogue:read"),
                    "Partner portal client, deactivated: every request is 403 CLIENT_INACTIVE"));

    record DemoToken(String role, String subject, String description, String token) {
    }

    private final String issuer;
    private final String audience;

    public DemoTokenResource(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    @GET
    @PermitAll
    @Operation(hidden = true)
    public List<DemoToken> tokens() {
        return USERS.stream().map(this::token).toList();
    }

    private DemoToken token(DemoUser user) {
        var builder = Jwt.issuer(issuer).audience(audience).subject(user.subject()).groups(Set.of(user.role()))
                .expiresIn(3600);
        user.claims().forEach(builder::claim);
        return new DemoToken(user.role(), user.subject(), user.description(), builder.sign());
    }
}
