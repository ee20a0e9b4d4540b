package eu.mobilisesme.common.domain;

import java.time.LocalDate;

/** Days from {@code startsOn} to {@code endsOn}, both included: a stay, or one part of a split stay. */
public record DatePeriod(LocalDate startsOn, LocalDate endsOn) {
}
