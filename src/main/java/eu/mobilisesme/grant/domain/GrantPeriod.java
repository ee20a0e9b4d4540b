package eu.mobilisesme.grant.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One continuous part of a stay the grant pays for, first and last day included; a split stay has several. Its
 * duration is counted in whole calendar months from the first day, then days: month {@code m} is complete when
 * {@code startsOn.plusMonths(m).minusDays(1)} is not after {@code endsOn}, the month arithmetic of the stay rules of
 * a call. So 1 to 31 March is one month, 31 January to 27 February 2027 is one month (31 January plus a month is 28
 * February), and 31 January to 28 February 2027 is one month and one day.
 */
public record GrantPeriod(LocalDate startsOn, LocalDate endsOn) {

    public GrantPeriod {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A period cannot end (" + endsOn + ") before it starts (" + startsOn
                    + ")");
        }
    }

    /** The complete calendar months of the period, counted from its first day. */
    public int wholeMonths() {
        LocalDate dayAfter = endsOn.plusDays(1);
        // until() never overshoots (startsOn.plusMonths(months) <= dayAfter), but it undercounts from the end of a
        // month: 31 January plus one month is 28 February, which until() counts as no month.
        long months = startsOn.until(dayAfter, ChronoUnit.MONTHS);
        while (!startsOn.plusMonths(months + 1).isAfter(dayAfter)) {
            months++;
        }
        return Math.toIntExact(months);
    }

    /** The days after the whole months, paid pro rata: fewer than a calendar month, so at most 30. */
    public int remainingDays() {
        return Math.toIntExact(ChronoUnit.DAYS.between(startsOn.plusMonths(wholeMonths()), endsOn) + 1);
    }

    /** Calendar days, first and last included. */
    public long days() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    public boolean overlaps(GrantPeriod other) {
        return !endsOn.isBefore(other.startsOn) && !other.endsOn.isBefore(startsOn);
    }
}
