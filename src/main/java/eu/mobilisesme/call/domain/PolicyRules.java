package eu.mobilisesme.call.domain;

import java.util.List;

import eu.mobilisesme.common.domain.BusinessRuleException;

/**
 * What an administrator states as the rules of a call from a given day on. Durations are in calendar months; a stay
 * may be split into parts only if {@code splitAllowed}, each part at least {@code minPartDays} long and all of them
 * within {@code partsWindowMonths}. Final reports are due {@code reportDueDays} after the departure.
 */
public record PolicyRules(List<String> eligibleCountries, int reviewWorkingDays, int maxParticipantsPerSme,
        int minDurationMonths, int maxDurationMonths, boolean splitAllowed, int minPartDays, int partsWindowMonths,
        int maxOpenProposals, int reportDueDays) {

    public PolicyRules {
        if (maxDurationMonths < minDurationMonths) {
            throw new BusinessRuleException("DURATION_RANGE_INVALID",
                    "The maximum duration cannot be shorter than the minimum duration.");
        }
        eligibleCountries = eligibleCountries.stream().distinct().sorted().toList();
    }
}
