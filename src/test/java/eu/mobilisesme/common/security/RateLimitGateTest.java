package eu.mobilisesme.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;

/**
 * Whose budget each request spends, and that a spent address stops tokens before they are verified: the gate alone,
 * on a clock the test holds still, with identities the test makes (each counts how often it is verified).
 */
class RateLimitGateTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.1";

    private record Limits(int requestsPerMinute, Map<String, Integer> tiers, int unauthenticatedPerMinute,
            int instances, int maxCallers) implements RateLimitConfig {
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2027-01-11T08:00:00Z"));
    private final VerifiedTokenCache verifiedTokens = new VerifiedTokenCache(clock, 100, Duration.ofMinutes(5), null);
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void madeUpTokensShareTheirAddressesBudgetAndOnceItIsSpentAreNotEvenVerified() {
        RateLimitGate gate = gate(new Limits(600, Map.of("standard", 600), 3, 1, 100));
        for (int remaining = 2; remaining >= 0; remaining--) {
            assertThat(admit(gate, ATTACKER, "Bearer junk-" + remaining, failed()))
                    .isEqualTo(new Budget(3, remaining, (3 - remaining) * 20L, 0, true));
        }
        assertThat(verifications).as("each made-up token was verified (and failed)").hasValue(3);

        assertThat(admit(gate, ATTACKER, "Bearer junk-3", failed())).isEqualTo(new Budget(3, 0, 60, 20, false));
        assertThat(admit(gate, ATTACKER, "Bearer " + "x".repeat(2000), failed()).allowed()).isFalse();
        assertThat(admit(gate, ATTACKER, null, anonymous()).allowed()).isFalse();
        assertThat(verifications).as("refused before verification").hasValue(3);

        assertThat(admit(gate, ELSEWHERE, "Bearer valid", person("alice")).allowed())
                .as("a person at another address is unaffected").isTrue();
        assertThat(admit(gate, ELSEWHERE, "Bearer junk-4", failed()).allowed())
                .as("another address has a budget of its own").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(admit(gate, ATTACKER, "Bearer junk-5", failed()).allowed()).as("one back 20 s later").isTrue();
    }

    @Test
    void aTokenVerifiedBeforeIsLetThroughFromASpentAddress() {
        RateLimitGate gate = gate(new Limits(600, Map.of("standard", 600), 1, 1, 100));
        verifiedTokens.store("alices-token", principal("alice"));
        admit(gate, ATTACKER, "Bearer junk", failed());
        assertThat(admit(gate, ATTACKER, "Bearer bobs-new-token", person("bob")).allowed())
                .as("a token never seen costs a verification: refused from a spent address").isFalse();

        Budget alice = admit(gate, ATTACKER, "bearer alices-token", person("alice"));

        assertThat(alice).as("on her own budget").isEqualTo(new Budget(600, 599, 1, 0, true));
    }

    @Test
    void aPersonHasOneBudgetHoweverManyTokensItHolds() {
        RateLimitGate gate = gate(new Limits(2, Map.of("standard", 600), 60, 1, 100));
        assertThat(admit(gate, ELSEWHERE, "Bearer a1", person("alice")).remaining()).isEqualTo(1);
        assertThat(admit(gate, ATTACKER, "Bearer a2", person("alice")).remaining()).isZero();

        assertThat(admit(gate, ELSEWHERE, "Bearer a3", person("alice")))
                .as("429 with Retry-After: one request every 30 s").isEqualTo(new Budget(2, 0, 60, 30, false));
        assertThat(admit(gate, ELSEWHERE, "Bearer b1", person("bob")).allowed()).isTrue();
        assertThat(admit(gate, ELSEWHERE, null, anonymous()).limit()).as("anonymous: the address's budget")
                .isEqualTo(60);
    }

    @Test
    void aPartnerClientSpendsItsClientsBudgetAtItsTier() {
        RateLimitGate gate = gate(new Limits(600, Map.of("standard", 4, "tiny", 1), 60, 1, 100));
        assertThat(admit(gate, ELSEWHERE, "Bearer t1", partner("portal", "tiny")))
                .isEqualTo(new Budget(1, 0, 60, 0, true));
        assertThat(admit(gate, ATTACKER, "Bearer t2", partner("portal", "tiny")))
                .isEqualTo(new Budget(1, 0, 60, 60, false));
        assertThat(admit(gate, ELSEWHERE, "Bearer p1", person("portal")).allowed())
                .as("a person of the same name is someone else").isTrue();

        assertThat(admit(gate, ELSEWHERE, "Bearer g", partner("gold-portal", "gold")).limit())
                .as("a tier without a limit: the standard tier's").isEqualTo(4);
        assertThat(admit(gate, ELSEWHERE, "Bearer u", identity(principal("stranger"),
                PartnerClientAccess.unregistered("stranger"))).limit()).isEqualTo(4);
    }

    @Test
    void eachInstanceEnforcesItsShareOfEveryLimit() {
        RateLimitGate gate = gate(new Limits(600, Map.of("standard", 300, "tiny", 2), 60, 3, 100));

        assertThat(admit(gate, ELSEWHERE, "Bearer a", person("alice")).limit()).isEqualTo(200);
        assertThat(admit(gate, ELSEWHERE, "Bearer s", partner("portal", "standard")).limit()).isEqualTo(100);
        assertThat(admit(gate, ELSEWHERE, null, anonymous()).limit()).isEqualTo(20);
        assertThat(admit(gate, ELSEWHERE, "Bearer t", partner("small-portal", "tiny")).limit())
                .as("never less than one a minute").isEqualTo(1);
    }

    private RateLimitGate gate(Limits limits) {
        return new RateLimitGate(limits, new RateLimiter(clock, limits.maxCallers()), verifiedTokens);
    }

    private static Budget admit(RateLimitGate gate, String address, String authorization,
            Uni<SecurityIdentity> identity) {
        return gate.admit(address, authorization, identity).await().indefinitely();
    }

    /** An identity that is verified only when the gate subscribes to it, counting each verification. */
    private Uni<SecurityIdentity> verifying(SecurityIdentity outcome, RuntimeException failure) {
        return Uni.createFrom().deferred(() -> {
            verifications.incrementAndGet();
            return failure == null ? Uni.createFrom().item(outcome) : Uni.createFrom().failure(failure);
        });
    }

    private Uni<SecurityIdentity> failed() {
        return verifying(null, new AuthenticationFailedException("made up"));
    }

    private Uni<SecurityIdentity> anonymous() {
        return verifying(QuarkusSecurityIdentity.builder().setAnonymous(true).build(), null);
    }

    private Uni<SecurityIdentity> person(String subject) {
        return identity(principal(subject), null);
    }

    private Uni<SecurityIdentity> partner(String clientId, String tier) {
        return identity(principal(clientId), new PartnerClientAccess(clientId, true, true, Set.of(), tier));
    }

    private Uni<SecurityIdentity> identity(DefaultJWTCallerPrincipal principal, PartnerClientAccess access) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder().setPrincipal(principal)
                .addRole(access == null ? Roles.PROGRAMME_ADMIN : Roles.PARTNER);
        if (access != null) {
            identity.addAttribute(PartnerClientAccess.ATTRIBUTE, access);
        }
        return verifying(identity.build(), null);
    }

    private DefaultJWTCallerPrincipal principal(String subject) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setExpirationTime(NumericDate.fromMilliseconds(clock.millis() + 600_000));
        return new DefaultJWTCallerPrincipal(claims);
    }
}
