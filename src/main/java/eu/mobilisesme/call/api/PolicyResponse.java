package eu.mobilisesme.call.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.call.domain.CallPolicy;
import eu.mobilisesme.common.domain.GrantPayee;
import eu.mobilisesme.call.domain.PolicyRules;

@Schema(name = "CallPolicy", description = "One version of a call's rules.")
public record PolicyResponse(int policyVersion, LocalDate validFrom, List<String> eligibleCountries,
        int reviewWorkingDays, int maxParticipantsPerSme, int minDurationMonths, int maxDurationMonths,
        boolean splitAllowed, int minPartDays, int partsWindowMonths, int maxOpenProposals, int reportDueDays,
        int stayDatesToleranceDays, GrantPayee grantPayee, int prefinancingPercent, Instant createdAt,
        String createdBy) {

    static PolicyResponse from(CallPolicy policy) {
        PolicyRules rules = policy.rules();
        return new PolicyResponse(policy.getPolicyVersion(), policy.getValidFrom(), rules.eligibleCountries(),
                rules.reviewWorkingDays(), rules.maxParticipantsPerSme(), rules.minDurationMonths(),
                rules.maxDurationMonths(), rules.splitAllowed(), rules.minPartDays(), rules.partsWindowMonths(),
                rules.maxOpenProposals(), rules.reportDueDays(), rules.stayDatesToleranceDays(), rules.grantPayee(),
                rules.prefinancingPercent(), policy.getCreatedAt(),
                policy.getCreatedBy());
    }
}
