package eu.mobilisesme.common.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in euros as decimal strings: at most two decimals, within the bounds, never a float's spelling. */
class EuroAmountTest {

    @EuroAmount
    private static final String DEFAULT_BOUNDS = null;
    @EuroAmount(min = "0.00", max = "99999999.99")
    private static final String WIDE_BOUNDS = null;

    @ParameterizedTest
    @ValueSource(strings = { "0.01", "1", "900", "900.5", "900.00", "1100.00", "10000", "10000.00" })
    void acceptsPositiveAmountsOfWholeCentsUpToTheMaximum(String value) {
        assertThat(validator("DEFAULT_BOUNDS").isValid(value, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "0.00", "-1.00", "10000.01", "900.001", "900.", ".5", "09.00", "9e2", "1,100.00",
            "900.00 ", " 900", "NaN", "Infinity", "", "12345678901.00" })
    void refusesEverythingElse(String value) {
        assertThat(validator("DEFAULT_BOUNDS").isValid(value, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "0.00", "99999999.99" })
    void boundsAreTheAnnotations(String value) {
        assertThat(validator("WIDE_BOUNDS").isValid(value, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "900", "900.5", "900.50" })
    void aValueStandsForAnAmountWithTwoDecimals(String value) {
        assertThat(EuroAmount.Validator.amountOf(value).scale()).isEqualTo(2);
        assertThat(EuroAmount.Validator.amountOf("900.5")).isEqualTo(new BigDecimal("900.50"));
    }

    private static EuroAmount.Validator validator(String field) {
        try {
            EuroAmount annotation = EuroAmountTest.class.getDeclaredField(field).getAnnotation(EuroAmount.class);
            EuroAmount.Validator validator = new EuroAmount.Validator();
            validator.initialize(annotation);
            return validator;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
