package eu.mobilisesme.mobility.domain;

import static eu.mobilisesme.mobility.domain.ApplicationStatus.AGREEMENT_SIGNED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.APPROVED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.CANCELLED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.CLOSED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.COMPLETED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.DRAFT;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.ELIGIBLE;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.IN_PROGRESS;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.MATCHED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.ON_HOLD;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.REJECTED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.REPORTED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.SUBMITTED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.UNDER_REVIEW;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The state machine as a table, checked against the rules: every status change, and for every action, every
 * status and every party, whether it is allowed. The expected table is written out here independently of the enum.
 */
class ApplicationActionTest {

    private record Rule(Set<ApplicationStatus> from, ApplicationStatus to, Set<Party> parties) {
    }

    private static final Set<ApplicationStatus> BEFORE_COMPLETION = EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW,
            ON_HOLD, ELIGIBLE, MATCHED, AGREEMENT_SIGNED, APPROVED, IN_PROGRESS);
    private static final Set<Party> SENDING_FACILITATOR_OR_ADMIN = EnumSet.of(Party.SENDING_FACILITATOR, Party.ADMIN);

    private static final Map<ApplicationAction, Rule> EXPECTED = Map.ofEntries(
            Map.entry(ApplicationAction.REVISE_PROJECT, new Rule(EnumSet.of(DRAFT, MATCHED), null,
                    EnumSet.of(Party.SENDING_SME))),
            Map.entry(ApplicationAction.SUBMIT, new Rule(EnumSet.of(DRAFT), SUBMITTED, EnumSet.of(Party.SENDING_SME))),
            Map.entry(ApplicationAction.START_REVIEW, new Rule(EnumSet.of(SUBMITTED), UNDER_REVIEW,
                    SENDING_FACILITATOR_OR_ADMIN)),
            Map.entry(ApplicationAction.HOLD, new Rule(EnumSet.of(UNDER_REVIEW), ON_HOLD,
                    SENDING_FACILITATOR_OR_ADMIN)),
            Map.entry(ApplicationAction.RESPOND, new Rule(EnumSet.of(ON_HOLD), UNDER_REVIEW,
                    EnumSet.of(Party.SENDING_SME))),
            Map.entry(ApplicationAction.DECLARE_ELIGIBLE, new Rule(EnumSet.of(UNDER_REVIEW), ELIGIBLE,
                    SENDING_FACILITATOR_OR_ADMIN)),
            Map.entry(ApplicationAction.REJECT, new Rule(EnumSet.of(UNDER_REVIEW), REJECTED,
                    SENDING_FACILITATOR_OR_ADMIN)),
            Map.entry(ApplicationAction.PROPOSE, new Rule(EnumSet.of(ELIGIBLE), null,
                    EnumSet.of(Party.SENDING_SME, Party.SENDING_FACILITATOR))),
            Map.entry(ApplicationAction.ACCEPT_PROPOSAL, new Rule(EnumSet.of(ELIGIBLE), MATCHED,
                    EnumSet.of(Party.PROPOSED_HOST))),
            Map.entry(ApplicationAction.DECLINE_PROPOSAL, new Rule(EnumSet.of(ELIGIBLE), null,
                    EnumSet.of(Party.PROPOSED_HOST))),
            Map.entry(ApplicationAction.SIGN, new Rule(EnumSet.of(MATCHED), null,
                    EnumSet.of(Party.SENDING_SME, Party.HOST_SME, Party.SENDING_FACILITATOR))),
            Map.entry(ApplicationAction.APPROVE, new Rule(EnumSet.of(AGREEMENT_SIGNED), APPROVED,
                    SENDING_FACILITATOR_OR_ADMIN)),
            Map.entry(ApplicationAction.CONFIRM_INSURANCE, new Rule(EnumSet.of(ELIGIBLE, MATCHED, AGREEMENT_SIGNED,
                    APPROVED), null, EnumSet.of(Party.SENDING_SME))),
            Map.entry(ApplicationAction.CONFIRM_ARRIVAL, new Rule(EnumSet.of(APPROVED), IN_PROGRESS,
                    EnumSet.of(Party.HOST_SME))),
            Map.entry(ApplicationAction.CONFIRM_DEPARTURE, new Rule(EnumSet.of(IN_PROGRESS), COMPLETED,
                    EnumSet.of(Party.HOST_SME))),
            Map.entry(ApplicationAction.REPORT, new Rule(EnumSet.of(COMPLETED), null,
                    EnumSet.of(Party.SENDING_SME, Party.HOST_SME))),
            Map.entry(ApplicationAction.CLOSE, new Rule(EnumSet.of(REPORTED), CLOSED, SENDING_FACILITATOR_OR_ADMIN)),
            Map.entry(ApplicationAction.WITHDRAW, new Rule(BEFORE_COMPLETION, WITHDRAWN,
                    EnumSet.of(Party.SENDING_SME))),
            Map.entry(ApplicationAction.CANCEL, new Rule(BEFORE_COMPLETION, CANCELLED,
                    EnumSet.of(Party.SENDING_FACILITATOR, Party.HOST_FACILITATOR, Party.ADMIN))));

    @Test
    void everyActionIsAllowedExactlyFromItsStatusesToItsParties() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(ApplicationAction.values());
        for (ApplicationAction action : ApplicationAction.values()) {
            Rule rule = EXPECTED.get(action);
            for (ApplicationStatus status : ApplicationStatus.values()) {
                assertThat(action.isAllowedFrom(status)).as(action + " from " + status)
                        .isEqualTo(rule.from().contains(status));
                if (rule.from().contains(status)) {
                    assertThat(action.outcome(status)).as(action + " from " + status)
                            .isEqualTo(rule.to() == null ? status : rule.to());
                }
            }
            for (Party party : Party.values()) {
                assertThat(action.isAllowedFor(Set.of(party))).as(action + " by " + party)
                        .isEqualTo(rule.parties().contains(party));
            }
        }
    }

    @Test
    void nothingMovesAClosedRejectedWithdrawnOrCancelledApplication() {
        for (ApplicationStatus end : List.of(CLOSED, REJECTED, WITHDRAWN, CANCELLED)) {
            assertThat(ApplicationAction.allowed(end, EnumSet.allOf(Party.class))).as(end.toString()).isEmpty();
        }
    }

    @Test
    void partnersOnlyRead() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(ApplicationAction.allowed(status, Set.of(Party.PARTNER_READER))).isEmpty();
        }
    }

    @Test
    void aProposedHostOnlyAnswersItsProposal() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(ApplicationAction.allowed(status, Set.of(Party.PROPOSED_HOST)))
                    .isSubsetOf(ApplicationAction.ACCEPT_PROPOSAL, ApplicationAction.DECLINE_PROPOSAL);
        }
    }

    @Test
    void theAllowedActionsDependOnStatusAndParty() {
        assertThat(ApplicationAction.allowed(DRAFT, Set.of(Party.SENDING_SME))).containsExactly(
                ApplicationAction.REVISE_PROJECT, ApplicationAction.SUBMIT, ApplicationAction.WITHDRAW);
        assertThat(ApplicationAction.allowed(UNDER_REVIEW, Set.of(Party.SENDING_FACILITATOR))).containsExactly(
                ApplicationAction.HOLD, ApplicationAction.DECLARE_ELIGIBLE, ApplicationAction.REJECT,
                ApplicationAction.CANCEL);
        assertThat(ApplicationAction.allowed(MATCHED, Set.of(Party.HOST_SME))).containsExactly(
                ApplicationAction.SIGN);
    }
}
