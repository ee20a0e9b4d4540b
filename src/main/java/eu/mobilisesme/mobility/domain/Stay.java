package eu.mobilisesme.mobility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import eu.mobilisesme.common.domain.BusinessRuleException;

/**
 * The planned (or actual) days of a mobility: one part, or several when the call allows split stays. Durations are
 * counted in calendar months from the first day: a one-month stay from 31 January ends on 28 (or 29) February, the
 * day before the same date a month later. Split stays add up their days, a month counting as 30.
 */
public record Stay(List<StayPart> parts) {

    private static final int DAYS_PER_MONTH_OF_A_SPLIT_STAY = 30;

    public Stay {
        parts = parts.stream().sorted(Comparator.comparing(StayPart::startsOn)).toList();
    }

    public static Stay of(StayPart part) {
        return new Stay(List.of(part));
    }

    public StayPart first() {
        return parts.get(0);
    }

    public StayPart last() {
        return parts.get(parts.size() - 1);
    }

    public boolean overlaps(Stay other) {
        return parts.stream().anyMatch(part -> other.parts.stream().anyMatch(part::overlaps));
    }

    /** Fails with 422 {@code STAY_IN_THE_PAST} unless the stay is still to come: a learning project plans one. */
    public void requireStartsOnOrAfter(LocalDate today) {
        if (first().startsOn().isBefore(today)) {
            throw new BusinessRuleException("STAY_IN_THE_PAST", "The stay would start on " + first().startsOn()
                    + ", before today; plan one that is still to come.");
        }
    }

    /** Fails with 422 {@code DURATION_OUT_OF_POLICY} unless the stay fits the call's rules. */
    public void requireWithin(StayRules rules) {
        for (StayPart part : parts) {
            if (part.endsOn().isBefore(part.startsOn())) {
                throw outOfPolicy("A part of the stay ends before it starts.");
            }
        }
        if (parts.size() == 1) {
            StayPart only = first();
            if (only.endsOn().isBefore(only.startsOn().plusMonths(rules.minDurationMonths()).minusDays(1))
                    || only.endsOn().isAfter(only.startsOn().plusMonths(rules.maxDurationMonths()).minusDays(1))) {
                throw outOfPolicy("The stay must last " + range(rules) + " months.");
            }
            return;
        }
        if (!rules.splitAllowed()) {
            throw outOfPolicy("The call does not allow a stay in several parts.");
        }
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).overlaps(parts.get(i - 1))) {
                throw outOfPolicy("The parts of the stay overlap.");
            }
        }
        if (parts.stream().anyMatch(part -> part.days() < rules.minPartDays())) {
            throw outOfPolicy("Each part of the stay must last at least " + rules.minPartDays() + " days.");
        }
        if (!last().endsOn().isBefore(first().startsOn().plusMonths(rules.partsWindowMonths()))) {
            throw outOfPolicy("All parts must fall within " + rules.partsWindowMonths() + " months.");
        }
        long days = parts.stream().mapToLong(StayPart::days).sum();
        if (days < (long) rules.minDurationMonths() * DAYS_PER_MONTH_OF_A_SPLIT_STAY
                || days > (long) rules.maxDurationMonths() * DAYS_PER_MONTH_OF_A_SPLIT_STAY) {
            throw outOfPolicy("The parts must add up to " + range(rules) + " months of 30 days; they make " + days
                    + " days.");
        }
    }

    private static String range(StayRules rules) {
        return rules.minDurationMonths() == rules.maxDurationMonths() ? String.valueOf(rules.minDurationMonths())
                : rules.minDurationMonths() + " to " + rules.maxDurationMonths();
    }

    private static BusinessRuleException outOfPolicy(String message) {
        return new BusinessRuleException("DURATION_OUT_OF_POLICY", message);
    }

    /**
     * The stay as it happened: the planned parts, the first starting on the day of arrival and the last ending on
     * the day of departure.
     */
    public Stay actual(LocalDate arrivedOn, LocalDate departedOn) {
        List<StayPart> actual = new ArrayList<>(parts);
        actual.set(0, new StayPart(arrivedOn, actual.get(0).endsOn()));
        int last = actual.size() - 1;
        actual.set(last, new StayPart(actual.get(last).startsOn(), departedOn));
        return new Stay(actual);
    }

    String[] encode() {
        return parts.stream().map(StayPart::isoInterval).toArray(String[]::new);
    }

    static Stay decode(String[] stored) {
        return new Stay(Arrays.stream(stored).map(StayPart::decode).toList());
    }
}
