package eu.mobilisesme.mobility.domain;

import static eu.mobilisesme.mobility.domain.ApplicationStatus.AGREEMENT_SIGNED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.APPROVED;
import static eu.mobilisesme.mobility.domain.ApplicationStatus.BEFORE_COMPLETION;
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
import static eu.mobilisesme.mobility.domain.Party.ADMIN;
import static eu.mobilisesme.mobility.domain.Party.HOST_FACILITATOR;
import static eu.mobilisesme.mobility.domain.Party.HOST_SME;
import static eu.mobilisesme.mobility.domain.Party.PROPOSED_HOST;
import static eu.mobilisesme.mobility.domain.Party.SENDING_FACILITATOR;
import static eu.mobilisesme.mobility.domain.Party.SENDING_SME;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything that can be done to an application: from which statuses, by which parties, and to which status it
 * leads ({@code null} for actions that keep the status, such as revising the learning project). This table is the
 * state machine; the entity only applies it.
 */
public enum ApplicationAction {
    REVISE_PROJECT(EnumSet.of(DRAFT, MATCHED), null, SENDING_SME),
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED, SENDING_SME),
    START_REVIEW(EnumSet.of(SUBMITTED), UNDER_REVIEW, SENDING_FACILITATOR, ADMIN),
    HOLD(EnumSet.of(UNDER_REVIEW), ON_HOLD, SENDING_FACILITATOR, ADMIN),
    RESPOND(EnumSet.of(ON_HOLD), UNDER_REVIEW, SENDING_SME),
    DECLARE_ELIGIBLE(EnumSet.of(UNDER_REVIEW), ELIGIBLE, SENDING_FACILITATOR, ADMIN),
    REJECT(EnumSet.of(UNDER_REVIEW), REJECTED, SENDING_FACILITATOR, ADMIN),
    PROPOSE(EnumSet.of(ELIGIBLE), null, SENDING_SME, SENDING_FACILITATOR),
    ACCEPT_PROPOSAL(EnumSet.of(ELIGIBLE), MATCHED, PROPOSED_HOST),
    DECLINE_PROPOSAL(EnumSet.of(ELIGIBLE), null, PROPOSED_HOST),
    SIGN(EnumSet.of(MATCHED), null, SENDING_SME, HOST_SME, SENDING_FACILITATOR),
    APPROVE(EnumSet.of(AGREEMENT_SIGNED), APPROVED, SENDING_FACILITATOR, ADMIN),
    CONFIRM_INSURANCE(EnumSet.of(ELIGIBLE, MATCHED, AGREEMENT_SIGNED, APPROVED), null, SENDING_SME),
    CONFIRM_ARRIVAL(EnumSet.of(APPROVED), IN_PROGRESS, HOST_SME),
    CONFIRM_DEPARTURE(EnumSet.of(IN_PROGRESS), COMPLETED, HOST_SME),
    REPORT(EnumSet.of(COMPLETED), null, SENDING_SME, HOST_SME),
    CLOSE(EnumSet.of(REPORTED), CLOSED, SENDING_FACILITATOR, ADMIN),
    WITHDRAW(BEFORE_COMPLETION, WITHDRAWN, SENDING_SME),
    CANCEL(BEFORE_COMPLETION, CANCELLED, SENDING_FACILITATOR, HOST_FACILITATOR, ADMIN);

    /** The actions that need nothing but an optional reason: the ones {@code perform} takes. */
    public static final Set<ApplicationAction> PLAIN_STEPS = EnumSet.of(START_REVIEW, DECLARE_ELIGIBLE, REJECT,
            APPROVE, CLOSE, WITHDRAW, CANCEL);

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final Set<Party> parties;

    ApplicationAction(Set<ApplicationStatus> from, ApplicationStatus to, Party... parties) {
        this.from = from;
        this.to = to;
        this.parties = Set.of(parties);
    }

    public boolean isAllowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    public boolean isAllowedFor(Set<Party> actorParties) {
        return actorParties.stream().anyMatch(parties::contains);
    }

    /** The status the action leads to; the current one for actions that keep it. */
    public ApplicationStatus outcome(ApplicationStatus current) {
        return to == null ? current : to;
    }

    /** What the parties may do now: the actions allowed from {@code status} to at least one of them. */
    public static List<ApplicationAction> allowed(ApplicationStatus status, Set<Party> actorParties) {
        return Arrays.stream(values())
                .filter(action -> action.isAllowedFrom(status) && action.isAllowedFor(actorParties))
                .toList();
    }
}
