package eu.mobilisesme.mobility.service;

import java.time.LocalDate;

import eu.mobilisesme.call.service.CallRules;
import eu.mobilisesme.mobility.domain.Stay;
import eu.mobilisesme.mobility.domain.StayRules;

/** The call's rules in the terms of the mobility domain. */
final class Policies {

    private Policies() {
    }

    /** A stay a draft or a revision may plan: still to come, and within the call's rules. */
    static void requirePlannable(Stay stay, CallRules rules, LocalDate today) {
        stay.requireStartsOnOrAfter(today);
        stay.requireWithin(stayRules(rules));
    }

    static StayRules stayRules(CallRules rules) {
        return new StayRules(rules.minDurationMonths(), rules.maxDurationMonths(), rules.splitAllowed(),
                rules.minPartDays(), rules.partsWindowMonths(), rules.stayDatesToleranceDays());
    }
}
