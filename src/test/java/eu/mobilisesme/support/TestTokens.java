package eu.mobilisesme.support;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Set;
import java.util.UUID;

import eu.mobilisesme.common.domain.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/** Real RS256 tokens signed with the test key, as an identity provider would issue them. */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.mobilisesme.eu";
    public static final String AUDIENCE = "mobilisesme-api";

    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    public static String admin() {
        return sign(claims("admin-" + UUID.randomUUID(), Roles.PROGRAMME_ADMIN));
    }

    public static String facilitator(UUID facilitatorId) {
        return sign(claims("facilitator-" + UUID.randomUUID(), Roles.FACILITATOR)
                .claim("facilitator_id", facilitatorId.toString()));
    }

    public static String sme(UUID smeId) {
        return sign(claims("sme-user-" + UUID.randomUUID(), Roles.SME).claim("sme_id", smeId.toString()));
    }

    /**
     * A token of the partner client {@code clientId} claiming {@code scopes}, registering the client first (active,
     * in the standard tier) or adding the scopes to its registration: the token's scopes are then what it may do.
     */
    public static String partner(String clientId, String scopes) {
        Sql.update("insert into partner_client (id, client_id, name, organisation, scopes, webhook_url_prefixes, "
                + "rate_limit_tier, active, version, created_at, created_by, updated_at, updated_by) "
                + "values (gen_random_uuid(), ?, ?, 'Test portal', string_to_array(?, ' '), '{}', 'standard', true, 0, "
                + "now(), 'test', now(), 'test') on conflict (client_id) do update set scopes = array("
                + "select distinct unnest(partner_client.scopes || excluded.scopes))", clientId, clientId, scopes);
        return partnerToken(clientId, scopes);
    }

    /** A token of the partner client {@code clientId} claiming {@code scopes}, whatever the registry says of it. */
    public static String partnerToken(String clientId, String scopes) {
        return sign(claims(clientId, Roles.PARTNER).claim("scope", scopes));
    }

    /** The claims of a valid token for {@code subject} in {@code role}, to adjust before signing. */
    public static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(role)).expiresIn(600);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(KEY);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("test-keys/privateKey.pem");
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test signing key is missing", e);
        }
    }
}
