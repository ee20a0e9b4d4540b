package eu.mobilisesme.grant.domain;

import static eu.mobilisesme.grant.domain.GrantCalculatorTest.rate;
import static eu.mobilisesme.grant.domain.GrantCalculatorTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A committed calculation gives back the quote it recorded, whatever tables came after it. */
class GrantCalculationTest {

    @Test
    void aCalculationGivesBackItsQuote() {
        RateTable table = table(1, "2020-01-01", "1100.00", rate("IT", "900.00"));
        for (boolean disability : List.of(false, true)) {
            GrantQuote quote = GrantCalculator.quote(table, "IT",
                    List.of(new GrantPeriod(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-01"))),
                    disability);
            GrantCalculation calculation = GrantCalculation.of(quote, Instant.parse("2027-01-11T08:00:00Z"));
            assertThat(calculation.quote()).isEqualTo(quote);
            assertThat(calculation.getId()).isNotNull();
            assertThat(calculation.getAmount()).isEqualTo(quote.amount());
            assertThat(calculation.isDisabilityRate()).isEqualTo(disability);
        }
    }
}
