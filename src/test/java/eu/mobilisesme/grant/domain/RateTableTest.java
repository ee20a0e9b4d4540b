package eu.mobilisesme.grant.domain;

import static eu.mobilisesme.grant.domain.GrantCalculatorTest.rate;
import static eu.mobilisesme.grant.domain.GrantCalculatorTest.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.BusinessRuleException;

/** A new version of the rates starts in the future and keeps a rate for every host country of the one before. */
class RateTableTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-01-11");
    private static final Instant NOW = Instant.parse("2027-01-11T08:00:00Z");
    private static final RateTable LATEST = table(3, "2027-06-01", "1100.00", rate("IT", "900.00"),
            rate("AT", "900.00"), rate("AL", "530.00"));

    private static RateTable next(LocalDate validFrom, CountryRate... rates) {
        return LATEST.successor(UUID.randomUUID(), validFrom, new BigDecimal("1150"), "Call 2028", List.of(rates),
                TODAY, NOW);
    }

    @Test
    void theNextVersionIsNumberedAfterTheLatestAndKeepsItsRatesInCountryOrder() {
        RateTable next = next(LocalDate.parse("2027-07-01"), rate("IT", "950"), rate("AT", "900.00"),
                rate("AL", "560.5"), rate("ME", "560.00"));
        assertThat(next.version()).isEqualTo(4);
        assertThat(next.validFrom()).isEqualTo(LocalDate.parse("2027-07-01"));
        assertThat(next.disabilityMonthlyRate()).isEqualTo(new BigDecimal("1150.00"));
        assertThat(next.countries()).containsExactly("AL", "AT", "IT", "ME");
        assertThat(next.monthlyRateFor("AL")).contains(new BigDecimal("560.50"));
        assertThat(next.monthlyRateFor("CH")).isEmpty();
        assertThat(next.createdAt()).isEqualTo(NOW);
    }

    @Test
    void theNextVersionStartsTodayOrLaterAndAfterTheLatest() {
        CountryRate[] all = { rate("IT", "900.00"), rate("AT", "900.00"), rate("AL", "530.00") };
        for (String validFrom : List.of("2027-01-10", "2027-06-01", "2027-05-31")) {
            assertThatThrownBy(() -> next(LocalDate.parse(validFrom), all))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(failure -> ((BusinessRuleException) failure).code())
                    .isEqualTo("RATE_TABLE_START_NOT_ALLOWED");
        }
        RateTable early = table(1, "2020-01-01", "1100.00", all);
        assertThat(early.successor(UUID.randomUUID(), TODAY, new BigDecimal("1100.00"), "Today", List.of(all), TODAY,
                NOW).version()).isEqualTo(2);
    }

    @Test
    void noHostCountryLosesItsRate() {
        assertThatThrownBy(() -> next(LocalDate.parse("2027-07-01"), rate("IT", "950.00")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("no rate for AL, AT")
                .extracting(failure -> ((BusinessRuleException) failure).code()).isEqualTo("RATE_MISSING");
    }

    @Test
    void ratesArePositiveWholeCentsAndOnePerCountry() {
        assertThatThrownBy(() -> rate("IT", "0.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rate("IT", "900.001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table(1, "2020-01-01", "1100.00", rate("IT", "900.00"), rate("IT", "950.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
