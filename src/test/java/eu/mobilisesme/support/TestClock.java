package eu.mobilisesme.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import eu.mobilisesme.common.domain.ProgrammeCalendar;

/**
 * The service's clock in tests: every test starts at {@link #START}, whatever the machine's date, and moves it on
 * when it needs time to pass (a stay to begin, a deadline to run out). It replaces the production clock; the
 * instant is shared by every view of it, so the service and the test see the same time.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    /** A Monday morning inside the seeded call MobiliseSME 2026 (2026-01-01 to 2027-12-31). */
    public static final Instant START = Instant.parse("2027-01-11T08:00:00Z");

    private static volatile Instant now = START;

    private final ZoneId zone;

    public TestClock() {
        this(ZoneOffset.UTC);
    }

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Back to {@link #START}; done before every test. */
    public static void reset() {
        now = START;
    }

    /** Moves the time to the morning of {@code day} in Brussels. */
    public static void moveTo(LocalDate day) {
        now = day.atTime(9, 0).atZone(ProgrammeCalendar.ZONE).toInstant();
    }

    public static void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Today as the service counts it. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now, ProgrammeCalendar.ZONE);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(newZone);
    }
}
