package eu.mobilisesme.mobility.service;

import eu.mobilisesme.call.service.CallRules;
import eu.mobilisesme.mobility.domain.StayRules;

/** The call's rules in the terms of the mobility domain. */
final class Policies {

    private Policies() {
    }

    static StayRules stayRules(CallRules rules) {
        return new StayRules(rules.minDurationMonths(), rules.maxDurationMonths(), rules.splitAllowed(),
                rules.minPartDays(), rules.partsWindowMonths(), rules.stayDatesToleranceDays());
    }
}
