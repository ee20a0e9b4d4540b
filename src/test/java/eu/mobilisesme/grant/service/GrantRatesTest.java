package eu.mobilisesme.grant.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.grant.domain.GrantCalculation;
import eu.mobilisesme.grant.domain.GrantPeriod;
import eu.mobilisesme.grant.domain.GrantQuote;
import eu.mobilisesme.common.domain.RateBasis;
import eu.mobilisesme.grant.persistence.GrantCalculationRepository;
import eu.mobilisesme.support.GrantRateTables;
import eu.mobilisesme.support.TestEnvironmentResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;

/**
 * What the approval of an application and the confirmation of its actual dates do with grants, in their own
 * transaction: quote with the table in force, commit the calculation, and recompute later with the same table.
 */
@QuarkusTest
@WithTestResource(TestEnvironmentResource.class)
class GrantRatesTest {

    private static final List<GrantPeriod> PLANNED = List.of(
            new GrantPeriod(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-30")));
    private static final List<GrantPeriod> ACTUAL = List.of(
            new GrantPeriod(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-10")));

    @Inject
    GrantRates grantRates;

    @Inject
    GrantCalculationRepository calculations;

    /** A table newer than the initial one, paying more in Italy; made once, over HTTP, off the Vert.x context. */
    private static GrantRateTables.Added newer;

    @BeforeEach
    void aNewerTableExists() {
        if (newer == null) {
            newer = GrantRateTables.add("1200.00", Map.of("IT", "1000.00"));
        }
    }

    @Test
    @RunOnVertxContext
    void aQuoteIsCommittedInTheCallersTransactionAndExplainsItselfLater(UniAsserter asserter) {
        asserter.assertThat(() -> Panache.withTransaction(() -> grantRates
                .quote("IT", PLANNED, false, LocalDate.parse("2027-01-11"))
                .map(quote -> GrantCalculation.of(quote, Instant.parse("2027-01-11T08:00:00Z")))
                .call(calculations::persist))
                .flatMap(committed -> Panache.withSession(() -> calculations.findById(committed.getId()))),
                stored -> {
                    GrantQuote quote = stored.quote();
                    assertThat(quote.tableVersion()).isEqualTo(1);
                    assertThat(quote.tableValidFrom()).isEqualTo(LocalDate.parse("2020-01-01"));
                    assertThat(quote.rateBasis()).isEqualTo(RateBasis.HOST_COUNTRY);
                    assertThat(quote.amount()).isEqualTo(new BigDecimal("1800.00"));
                    assertThat(quote.months()).isEqualTo(2);
                    assertThat(quote.explanation()).contains("2 months x EUR 900.00 = EUR 1800.00");
                    assertThat(stored.getCreatedAt()).isEqualTo(Instant.parse("2027-01-11T08:00:00Z"));
                });
    }

    @Test
    @RunOnVertxContext
    void aRecalculationKeepsTheTableOfTheCommittedGrant(UniAsserter asserter) {
        // The newer table pays more in Italy from its first day on; the committed grant keeps table 1.
        asserter.assertThat(() -> Panache.withTransaction(() -> grantRates
                .quote("IT", PLANNED, false, LocalDate.parse("2027-01-11"))
                .flatMap(planned -> grantRates.requote(planned.rateTableId(), "IT", ACTUAL, false))),
                actual -> {
                    assertThat(actual.tableVersion()).isEqualTo(1);
                    assertThat(actual.months()).isEqualTo(1);
                    assertThat(actual.days()).isEqualTo(10);
                    assertThat(actual.amount()).isEqualTo(new BigDecimal("1200.00"));
                });
        asserter.assertThat(() -> grantRates.quote("IT", ACTUAL, true, newer.validFrom()),
                quote -> {
                    assertThat(quote.tableVersion()).isEqualTo(newer.version());
                    assertThat(quote.rateBasis()).isEqualTo(RateBasis.DISABILITY);
                    assertThat(quote.amount()).isEqualTo(new BigDecimal("1600.00"));
                });
    }

    @Test
    @RunOnVertxContext
    void noTableBeforeTheFirstOne(UniAsserter asserter) {
        asserter.assertFailedWith(() -> grantRates.quote("IT", PLANNED, false, LocalDate.parse("2019-12-31")),
                failure -> assertThat(failure).isInstanceOf(BusinessRuleException.class)
                        .extracting(error -> ((BusinessRuleException) error).code())
                        .isEqualTo("NO_GRANT_RATE_TABLE"));
    }
}
