package eu.mobilisesme.call.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.support.TestEnvironmentResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;

/** The policy in force is data: the seeded call opens on 2026-01-01 and closes on 2027-12-31. */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class CallPolicyRepositoryTest {

    @Inject
    CallPolicyRepository repository;

    @Test
    @RunOnVertxContext
    void findsThePolicyOfTheCallOpenOnADay(UniAsserter asserter) {
        asserter.assertThat(() -> Panache.withSession(() -> repository.findInForce(LocalDate.parse("2026-06-01"))),
                policy -> {
                    assertThat(policy.getPolicyVersion()).isEqualTo(1);
                    assertThat(policy.getReviewWorkingDays()).isEqualTo(15);
                    assertThat(policy.getMaxParticipantsPerSme()).isEqualTo(2);
                    assertThat(policy.isEligible("TR")).isTrue();
                    assertThat(policy.isEligible("CH")).isFalse();
                    assertThat(policy.getEligibleCountries()).hasSize(34);
                });
    }

    @Test
    @RunOnVertxContext
    void findsNoPolicyWhenNoCallIsOpen(UniAsserter asserter) {
        asserter.assertThat(() -> Panache.withSession(() -> repository.findInForce(LocalDate.parse("2025-12-31"))),
                policy -> assertThat(policy).isNull());
        asserter.assertThat(() -> Panache.withSession(() -> repository.findInForce(LocalDate.parse("2028-01-01"))),
                policy -> assertThat(policy).isNull());
    }
}
