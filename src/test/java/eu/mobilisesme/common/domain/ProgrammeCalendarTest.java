package eu.mobilisesme.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammeCalendarTest {

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2026-11-30, 15, 2026-12-21",   // Monday: three full weeks
            "2026-11-27, 15, 2026-12-18",   // Friday
            "2026-11-28, 15, 2026-12-18",   // Saturday counts from Monday
            "2026-11-29, 1, 2026-11-30",    // Sunday
            "2026-11-27, 1, 2026-11-30",    // Friday to Monday
            "2028-02-25, 3, 2028-03-01",    // across a leap day
            "2026-12-01, 0, 2026-12-01" })
    void skipsWeekends(LocalDate start, int workingDays, LocalDate expected) {
        assertThat(ProgrammeCalendar.addWorkingDays(start, workingDays)).isEqualTo(expected);
    }

    @Test
    void todayIsBrusselsToday() {
        Clock lateEvening = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(ProgrammeCalendar.today(lateEvening)).isEqualTo(LocalDate.parse("2027-01-01"));
    }
}
