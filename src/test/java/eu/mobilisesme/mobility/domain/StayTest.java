package eu.mobilisesme.mobility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/** The duration rule: calendar months from the first day, month ends, leap years, and split stays. */
class StayTest {

    private static StayRules months(int min, int max, boolean split) {
        return new StayRules(min, max, split, 7, 12, 14);
    }

    private static Stay stay(String start, String end) {
        return Stay.of(new StayPart(LocalDate.parse(start), LocalDate.parse(end)));
    }

    @ParameterizedTest(name = "{0} to {1} in 1-2 months: {2}")
    @CsvSource({
            "2026-03-02, 2026-04-01, true",    // exactly one month
            "2026-03-02, 2026-03-31, false",   // a day short
            "2026-03-02, 2026-05-01, true",    // exactly two months
            "2026-03-02, 2026-05-02, false",   // a day too long
            "2026-01-31, 2026-02-27, true",    // Jan 31 + 1 month = Feb 28: the month ends the day before
            "2026-01-31, 2026-02-26, false",
            "2028-01-31, 2028-02-28, true",    // leap year: Jan 31 + 1 month = Feb 29
            "2028-01-31, 2028-02-27, false",
            "2027-12-30, 2028-02-28, true",    // across the year end into a leap February
            "2027-12-30, 2028-03-01, false" })
    void singleStaysAreCountedInCalendarMonths(LocalDate start, LocalDate end, boolean allowed) {
        Stay stay = Stay.of(new StayPart(start, end));
        if (allowed) {
            assertThatCode(() -> stay.requireWithin(months(1, 2, false))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> stay.requireWithin(months(1, 2, false)))
                    .extracting("code").isEqualTo("DURATION_OUT_OF_POLICY");
        }
    }

    @Test
    void aStayEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> stay("2026-05-01", "2026-04-01").requireWithin(months(1, 2, false)))
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void splitStaysNeedTheCallsPermissionAndItsLimits() {
        Stay twoParts = new Stay(List.of(new StayPart(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31")),
                new StayPart(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"))));
        assertThatThrownBy(() -> twoParts.requireWithin(months(1, 2, false))).hasMessageContaining("several parts");
        assertThatCode(() -> twoParts.requireWithin(months(1, 2, true))).doesNotThrowAnyException();

        Stay tooShortPart = new Stay(List.of(new StayPart(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-06")),
                new StayPart(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-15"))));
        assertThatThrownBy(() -> tooShortPart.requireWithin(months(1, 2, true))).hasMessageContaining("at least 7");

        Stay overlapping = new Stay(List.of(new StayPart(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31")),
                new StayPart(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-04-30"))));
        assertThatThrownBy(() -> overlapping.requireWithin(months(1, 2, true))).hasMessageContaining("overlap");

        Stay beyondWindow = new Stay(List.of(new StayPart(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-31")),
                new StayPart(LocalDate.parse("2027-01-05"), LocalDate.parse("2027-01-20"))));
        assertThatThrownBy(() -> beyondWindow.requireWithin(months(1, 2, true))).hasMessageContaining("12 months");

        Stay tooLong = new Stay(List.of(new StayPart(LocalDate.parse("2026-01-05"), LocalDate.parse("2026-02-20")),
                new StayPart(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-20"))));
        assertThatThrownBy(() -> tooLong.requireWithin(months(1, 2, true))).hasMessageContaining("make 97 days");
    }

    @Test
    void staysOverlapWhenAnyPartsShareADay() {
        Stay march = stay("2026-03-02", "2026-04-01");
        assertThat(march.overlaps(stay("2026-04-01", "2026-05-01"))).isTrue();
        assertThat(march.overlaps(stay("2026-04-02", "2026-05-01"))).isFalse();
        assertThat(march.overlaps(stay("2026-01-01", "2026-03-02"))).isTrue();
    }

    @Test
    void aStayIsStillToComeFromItsFirstDayOn() {
        Stay stay = Stay.of(new StayPart(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-31")));
        stay.requireStartsOnOrAfter(LocalDate.parse("2027-03-01"));
        assertThatThrownBy(() -> stay.requireStartsOnOrAfter(LocalDate.parse("2027-03-02")))
                .extracting("code").isEqualTo("STAY_IN_THE_PAST");
    }
}
