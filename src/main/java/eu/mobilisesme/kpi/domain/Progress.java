package eu.mobilisesme.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A count against its target: how far it is, what the last four weeks added, and when the target is reached. */
public record Progress(int target, long count, long lastFourWeeks, Forecast forecast) {

    public static Progress of(int target, long count, long lastFourWeeks, LocalDate today, LocalDate closesOn) {
        return new Progress(target, count, lastFourWeeks, Forecast.of(count, target, lastFourWeeks, today, closesOn));
    }

    /** The count as a percentage of the target, one decimal, beyond 100 once exceeded. */
    public BigDecimal percentOfTarget() {
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
    }
}
