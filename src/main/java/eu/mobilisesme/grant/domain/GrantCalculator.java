package eu.mobilisesme.grant.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import eu.mobilisesme.common.domain.RateBasis;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.Euros;

/**
 * The grant of a stay (DOMAIN rule 8): the monthly rate of the host country, or the disability rate anywhere, times
 * the duration. Each part of the stay counts its whole calendar months ({@link GrantPeriod#wholeMonths()}) and the
 * days after them, paid pro rata at a thirtieth of the rate each; months and days are summed over the parts. The
 * amount is {@code rate x (30 x months + days) / 30}, computed exactly in decimals and rounded half-up to the cent
 * once, at the end: never per part or per item, never in floating point.
 */
public final class GrantCalculator {

    static final int DAYS_PER_MONTH = 30;
    private static final BigDecimal THIRTY = BigDecimal.valueOf(DAYS_PER_MONTH);
    /** Decimals of a pro-rata item that does not come out exactly, shown for reading only. */
    private static final int DISPLAY_SCALE = 4;

    private GrantCalculator() {
    }

    /**
     * The grant for a stay in {@code hostCountry} made of {@code periods}, with {@code table}; 422
     * {@code NO_GRANT_RATE} when the participant has no disability and the table has no rate for the country.
     */
    public static GrantQuote quote(RateTable table, String hostCountry, List<GrantPeriod> periods,
            boolean disability) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("A stay has at least one period");
        }
        RateBasis basis = disability ? RateBasis.DISABILITY : RateBasis.HOST_COUNTRY;
        BigDecimal rate = disability ? table.disabilityMonthlyRate()
                : table.monthlyRateFor(hostCountry).orElseThrow(() -> new BusinessRuleException("NO_GRANT_RATE",
                        "Rate table " + table.version() + " (valid from " + table.validFrom()
                                + ") has no monthly rate for host country " + hostCountry + "."));

        List<String> explanation = new ArrayList<>();
        explanation.add("Rate table " + table.version() + ", valid from " + table.validFrom());
        explanation.add(disability
                ? "Monthly rate for participants with disabilities, whatever the host country (" + hostCountry
                        + "): " + eur(rate)
                : "Monthly rate for host country " + hostCountry + ": " + eur(rate));

        int months = 0;
        int days = 0;
        for (int i = 0; i < periods.size(); i++) {
            GrantPeriod period = periods.get(i);
            int periodMonths = period.wholeMonths();
            int periodDays = period.remainingDays();
            months = Math.addExact(months, periodMonths);
            days = Math.addExact(days, periodDays);
            String part = periods.size() == 1 ? "Stay" : "Part " + (i + 1);
            explanation.add(part + " from " + period.startsOn() + " to " + period.endsOn() + ": "
                    + duration(periodMonths, periodDays));
        }
        if (periods.size() > 1) {
            explanation.add("All parts: " + duration(months, days));
        }

        BigDecimal forMonths = rate.multiply(BigDecimal.valueOf(months));
        BigDecimal forDaysTimesThirty = rate.multiply(BigDecimal.valueOf(days));
        if (months > 0) {
            explanation.add(count(months, "month") + " x " + eur(rate) + " = " + eur(forMonths));
        }
        if (days > 0) {
            explanation.add(count(days, "day") + " x " + eur(rate) + " / " + DAYS_PER_MONTH + " = "
                    + display(forDaysTimesThirty) + " (pro rata)");
        }

        // The one rounding: the exact quotient rate x (30 x months + days) / 30, half-up to the cent.
        BigDecimal exactTimesThirty = forMonths.multiply(THIRTY).add(forDaysTimesThirty);
        BigDecimal amount = exactTimesThirty.divide(THIRTY, Euros.SCALE, RoundingMode.HALF_UP);
        boolean exact = amount.multiply(THIRTY).compareTo(exactTimesThirty) == 0;
        explanation.add("Total: " + eur(amount) + " (" + (exact ? "" : display(exactTimesThirty) + " ")
                + "rounded half-up to the cent once)");

        return new GrantQuote(table.id(), table.version(), table.validFrom(), basis, hostCountry, rate, months, days,
                amount, explanation);
    }

    /** {@code numerator / 30} in EUR for reading: exact where it ends within three decimals, else about it. */
    private static String display(BigDecimal numerator) {
        try {
            BigDecimal value = numerator.divide(THIRTY, Euros.SCALE + 1, RoundingMode.UNNECESSARY)
                    .stripTrailingZeros();
            return "EUR " + value.setScale(Math.max(Euros.SCALE, value.scale())).toPlainString();
        } catch (ArithmeticException notExact) {
            return "about EUR " + numerator.divide(THIRTY, DISPLAY_SCALE, RoundingMode.HALF_UP).toPlainString();
        }
    }

    private static String eur(BigDecimal amount) {
        return "EUR " + Euros.format(amount);
    }

    private static String duration(int months, int days) {
        if (months == 0) {
            return count(days, "day");
        }
        return days == 0 ? count(months, "month") : count(months, "month") + " and " + count(days, "day");
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
