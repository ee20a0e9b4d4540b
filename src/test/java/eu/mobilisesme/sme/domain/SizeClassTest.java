package eu.mobilisesme.sme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EU Recommendation 2003/361: staff ceiling and (turnover OR balance sheet) ceiling, at the exact boundaries. */
class SizeClassTest {

    @ParameterizedTest(name = "{0} staff, turnover {1}, balance sheet {2} -> {3}")
    @CsvSource({
            "0, 0, 0, MICRO",
            "9, 2000000.00, 2000000.00, MICRO",
            "9, 2000000.01, 2000000.00, MICRO",
            "9, 2000000.01, 2000000.01, SMALL",
            "10, 100, 100, SMALL",
            "49, 10000000.00, 99999999, SMALL",
            "49, 10000000.01, 10000000.01, MEDIUM",
            "50, 1, 1, MEDIUM",
            "249, 50000000.00, 99999999, MEDIUM",
            "249, 99999999, 43000000.00, MEDIUM",
            "249, 50000000.01, 43000000.01, LARGE",
            "250, 1, 1, LARGE" })
    void classifiesByStaffAndEitherFinancialCeiling(int staff, String turnover, String balanceSheet,
            SizeClass expected) {
        assertThat(SizeClass.of(staff, new BigDecimal(turnover), new BigDecimal(balanceSheet))).isEqualTo(expected);
    }
}
