package eu.mobilisesme.mobility.domain;

/**
 * The call's rules on a stay: how long it lasts (calendar months), whether and how it may be split into parts, and by
 * how many days the confirmed arrival and departure may differ from the planned first and last day.
 */
public record StayRules(int minDurationMonths, int maxDurationMonths, boolean splitAllowed, int minPartDays,
        int partsWindowMonths, int datesToleranceDays) {
}
