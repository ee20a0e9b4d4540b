package eu.mobilisesme.call.domain;

import java.util.List;

import eu.mobilisesme.common.domain.GrantPayee;
import eu.mobilisesme.common.domain.BusinessRuleException;

/**
 * What an administrator states as the rules of a call from a given day on. Durations are in calendar months; a stay
 * may be split into parts only if {@code splitAllowed}, each part at least {@code minPartDays} long and all of them
 * within {@code partsWindowMonths}. The confirmed arrival and departure may differ from the planned first and last
 * day by {@code stayDatesToleranceDays}. Final reports are due {@code reportDueDays} after the departure. The grant
 * goes to {@code grantPayee}, {@code prefinancingPercent} of it once the stay has started.
 */
public record PolicyRules(List<String> eligibleCountries, int reviewWorkingDays, int maxParticipantsPerSme,
        int minDurationMonths, int maxDurationMonths, boolean splitAllowed, int minPartDays, int partsWindowMonths,
        int maxOpenProposals, int reportDueDays, int stayDatesToleranceDays, GrantPayee grantPayee,
        int prefinancingPercent) {

    /**
     * The programme's published rules, which a call gets for whatever its administrator leaves out: 15 working days
     * to review and 2 participants per sending company (DOMAIN "Lessons" and rule 5), stays of 1 to 2 months in one
     * part (rule 4; EYE's parts of at least a week within 12 months where a call allows splitting), 5 open proposals
     * (EYE); the grant paid to the sending company, 70 % of it as pre-financing (rules 8 and 9: Erasmus+ pays 70 to
     * 80 %).
     * The report deadline and the tolerance on the actual dates are the programme team's choice.
     */
    public static final class Defaults {
        public static final int REVIEW_WORKING_DAYS = 15;
        public static final int MAX_PARTICIPANTS_PER_SME = 2;
        public static final int MIN_DURATION_MONTHS = 1;
        public static final int MAX_DURATION_MONTHS = 2;
        public static final boolean SPLIT_ALLOWED = false;
        public static final int MIN_PART_DAYS = 7;
        public static final int PARTS_WINDOW_MONTHS = 12;
        public static final int MAX_OPEN_PROPOSALS = 5;
        public static final int REPORT_DUE_DAYS = 30;
        public static final int STAY_DATES_TOLERANCE_DAYS = 14;
        public static final GrantPayee GRANT_PAYEE = GrantPayee.SENDING_SME;
        public static final int PREFINANCING_PERCENT = 70;

        private Defaults() {
        }
    }

    public PolicyRules {
        if (maxDurationMonths < minDurationMonths) {
            throw new BusinessRuleException("DURATION_RANGE_INVALID",
                    "The maximum duration cannot be shorter than the minimum duration.");
        }
        eligibleCountries = eligibleCountries.stream().distinct().sorted().toList();
    }
}
