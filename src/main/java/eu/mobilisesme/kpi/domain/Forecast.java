package eu.mobilisesme.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * When a target is reached if the count keeps growing at the rate of the last four weeks: the weekly rate is a
 * quarter of what those 28 days added, and the remainder at that rate gives a day, rounded up. A day after the call
 * closes, or no growth at all, is "not before the call ends".
 *
 * @param weeklyRate what the count gained a week, over the last four weeks
 * @param expectedOn the day the target is reached at that rate; null unless {@link Outlook#ON_TRACK}
 */
public record Forecast(Outlook outlook, BigDecimal weeklyRate, LocalDate expectedOn) {

    /** The days the weekly rate is measured over. */
    public static final int RATE_DAYS = 28;

    public enum Outlook {
        REACHED,
        /** Reached on {@code expectedOn}, on or before the day the call closes. */
        ON_TRACK,
        NOT_BEFORE_CALL_ENDS
    }

    public static Forecast of(long count, int target, long lastFourWeeks, LocalDate today, LocalDate closesOn) {
        BigDecimal weeklyRate = BigDecimal.valueOf(lastFourWeeks * 7).divide(BigDecimal.valueOf(RATE_DAYS), 2,
                RoundingMode.HALF_UP);
        long remaining = target - count;
        if (remaining <= 0) {
            return new Forecast(Outlook.REACHED, weeklyRate, null);
        }
        if (lastFourWeeks == 0) {
            return new Forecast(Outlook.NOT_BEFORE_CALL_ENDS, weeklyRate, null);
        }
        // remaining / (lastFourWeeks / 28) days, rounded up, in whole numbers.
        LocalDate expectedOn = today.plusDays((remaining * RATE_DAYS + lastFourWeeks - 1) / lastFourWeeks);
        return expectedOn.isAfter(closesOn) ? new Forecast(Outlook.NOT_BEFORE_CALL_ENDS, weeklyRate, null)
                : new Forecast(Outlook.ON_TRACK, weeklyRate, expectedOn);
    }
}
