package eu.mobilisesme.call.service;

import java.util.Set;
import java.util.UUID;

import eu.mobilisesme.call.domain.CallPolicy;
import eu.mobilisesme.common.domain.GrantPayee;
import eu.mobilisesme.call.domain.PolicyRules;

/**
 * One version of a call's rules as other features apply them: the call and version to record with whatever is
 * judged under them, and the rules themselves (see {@link PolicyRules} for what each means).
 */
public record CallRules(UUID callId, int policyVersion, Set<String> eligibleCountries, int reviewWorkingDays,
        int maxParticipantsPerSme, int minDurationMonths, int maxDurationMonths, boolean splitAllowed,
        int minPartDays, int partsWindowMonths, int maxOpenProposals, int reportDueDays, int stayDatesToleranceDays,
        GrantPayee grantPayee, int prefinancingPercent) {

    public CallRules {
        eligibleCountries = Set.copyOf(eligibleCountries);
    }

    static CallRules of(CallPolicy policy) {
        PolicyRules rules = policy.rules();
        return new CallRules(policy.getCallId(), policy.getPolicyVersion(), Set.copyOf(rules.eligibleCountries()),
                rules.reviewWorkingDays(), rules.maxParticipantsPerSme(), rules.minDurationMonths(),
                rules.maxDurationMonths(), rules.splitAllowed(), rules.minPartDays(), rules.partsWindowMonths(),
                rules.maxOpenProposals(), rules.reportDueDays(), rules.stayDatesToleranceDays(),
                rules.grantPayee(), rules.prefinancingPercent());
    }

    public boolean isEligible(String country) {
        return eligibleCountries.contains(country);
    }
}
