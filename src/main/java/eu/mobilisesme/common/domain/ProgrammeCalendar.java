package eu.mobilisesme.common.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the programme counts them: calendar days in Brussels time, and deadlines in working days (Monday to
 * Friday). Public holidays differ between the countries of one review, so, like the programme's own rules, they are
 * not skipped.
 */
public final class ProgrammeCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private ProgrammeCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The day {@code workingDays} working days after {@code start}; weekends do not count. */
    public static LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate day = start;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public static int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }
}
