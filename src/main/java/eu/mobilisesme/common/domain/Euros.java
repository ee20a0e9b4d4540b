package eu.mobilisesme.common.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money in the programme's only currency: {@link BigDecimal} with exactly two decimals, never floating
 * point (DOMAIN "Standards the data speaks"). Rounding is half-up, and a calculation rounds once, at its end.
 */
public final class Euros {

    public static final String CURRENCY = "EUR";
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Euros() {
    }

    /** {@code amount} rounded half-up to cents: the one rounding a calculation does. */
    public static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The wire form: a decimal string with two decimals, e.g. {@code "900.00"}. */
    public static String format(BigDecimal amount) {
        return rounded(amount).toPlainString();
    }
}
