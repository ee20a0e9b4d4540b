package eu.mobilisesme.mobility.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One continuous part of a stay, first and last day included. */
public record StayPart(LocalDate startsOn, LocalDate endsOn) {

    private static final String SEPARATOR = "/";

    public long days() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    public boolean overlaps(StayPart other) {
        return !endsOn.isBefore(other.startsOn) && !other.endsOn.isBefore(startsOn);
    }

    /** An ISO 8601 interval of dates, e.g. {@code 2026-03-02/2026-04-01}; also the stored form. */
    public String isoInterval() {
        return startsOn + SEPARATOR + endsOn;
    }

    static StayPart decode(String stored) {
        String[] days = stored.split(SEPARATOR);
        return new StayPart(LocalDate.parse(days[0]), LocalDate.parse(days[1]));
    }
}
