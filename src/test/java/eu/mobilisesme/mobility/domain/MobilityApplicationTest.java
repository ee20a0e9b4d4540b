package eu.mobilisesme.mobility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Roles;

class MobilityApplicationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate STARTS = LocalDate.parse("2027-03-01");
    private static final LocalDate ENDS = LocalDate.parse("2027-03-31");
    private static final StayRules RULES = new StayRules(1, 2, false, 7, 12, 14);
    private static final UUID SENDER = UUID.randomUUID();
    private static final UUID FACILITATOR = UUID.randomUUID();
    private static final UUID HOST = UUID.randomUUID();
    private static final Actor SENDING_USER = new Actor("s", Set.of(Roles.SME), Optional.of(SENDER), Optional.empty(),
            Set.of());
    private static final Actor SENDING_FACILITATOR = new Actor("f", Set.of(Roles.FACILITATOR), Optional.empty(),
            Optional.of(FACILITATOR), Set.of());
    private static final Actor HOST_USER = new Actor("h", Set.of(Roles.SME), Optional.of(HOST), Optional.empty(),
            Set.of());
    private static final Set<Party> SENDING = Set.of(Party.SENDING_SME);
    private static final Set<Party> REVIEWER = Set.of(Party.SENDING_FACILITATOR);
    private static final Set<Party> HOSTING = Set.of(Party.HOST_SME);

    private static MobilityApplication draft() {
        LearningProject project = new LearningProject(List.of("Learn"), List.of("Sell"), "Orders", "Plan",
                Stay.of(new StayPart(STARTS, ENDS)));
        return MobilityApplication.draft(UUID.randomUUID(), UUID.randomUUID(), 1,
                new CompanySide(SENDER, null, null), UUID.randomUUID(), CollaborationType.TRAINING, project,
                SENDING_USER, NOW).application();
    }

    private static MobilityApplication eligible() {
        MobilityApplication application = draft();
        application.submit(FACILITATOR, SENDING, SENDING_USER, null, NOW, LocalDate.parse("2026-12-22"));
        application.perform(ApplicationAction.START_REVIEW, REVIEWER, SENDING_FACILITATOR, null, NOW);
        application.perform(ApplicationAction.DECLARE_ELIGIBLE, REVIEWER, SENDING_FACILITATOR, null, NOW);
        return application;
    }

    private static MobilityApplication matched() {
        MobilityApplication application = eligible();
        MatchProposal proposal = application.propose(HOST, "Welcome?", SENDING, SENDING_USER, NOW).proposal();
        application.accept(proposal, new CompanySide(HOST, UUID.randomUUID(), null), Set.of(Party.PROPOSED_HOST),
                HOST_USER, "Yes", NOW);
        return application;
    }

    private static MobilityApplication approved() {
        MobilityApplication application = matched();
        application.sign(1, Party.SENDING_SME, SENDING, SENDING_USER, NOW);
        application.sign(1, Party.HOST_SME, HOSTING, HOST_USER, NOW);
        application.sign(1, Party.SENDING_FACILITATOR, REVIEWER, SENDING_FACILITATOR, NOW);
        application.perform(ApplicationAction.APPROVE, REVIEWER, SENDING_FACILITATOR, null, NOW);
        return application;
    }

    @Test
    void aDraftFollowsItsCompanysFacilitatorAndIsSubmittedToTheOneInChargeThen() {
        MobilityApplication application = draft();
        assertThat(application.getSendingFacilitatorId()).isNull();
        assertThat(application.allowedActions(SENDING)).doesNotContain(ApplicationAction.SUBMIT);
        assertThatThrownBy(() -> application.submit(null, SENDING, SENDING_USER, null, NOW, STARTS))
                .extracting("code").isEqualTo("NO_FACILITATOR");

        application.followFacilitator(UUID.randomUUID(), SENDING_FACILITATOR, NOW);
        assertThat(application.allowedActions(SENDING)).contains(ApplicationAction.SUBMIT);
        application.submit(FACILITATOR, SENDING, SENDING_USER, null, NOW, STARTS);
        assertThat(application.getSendingFacilitatorId()).isEqualTo(FACILITATOR);
        assertThatThrownBy(() -> application.followFacilitator(UUID.randomUUID(), SENDING_FACILITATOR, NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHoldPausesTheReviewDeadlineAndAnAnswerResumesIt() {
        MobilityApplication application = draft();
        application.submit(FACILITATOR, SENDING, SENDING_USER, null, NOW, LocalDate.parse("2026-12-22"));
        application.perform(ApplicationAction.START_REVIEW, REVIEWER, SENDING_FACILITATOR, null, NOW);
        assertThat(application.getDueOn()).isEqualTo(LocalDate.parse("2026-12-22"));

        // On Friday 11 December, 7 working days were left (14-18, 21, 22 December).
        application.hold(REVIEWER, SENDING_FACILITATOR, "Which port?", NOW, LocalDate.parse("2026-12-11"));
        assertThat(application.getDueOn()).isNull();
        // The answer comes on Monday 4 January: 7 working days from then.
        ApplicationStep answer = application.respond(SENDING, SENDING_USER, "Trieste", NOW,
                LocalDate.parse("2027-01-04"));
        assertThat(application.getDueOn()).isEqualTo(LocalDate.parse("2027-01-13"));
        assertThat(answer.getFromStatus()).isEqualTo(ApplicationStatus.ON_HOLD);
        assertThat(answer.getToStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(answer.getReason()).isEqualTo("Trieste");
    }

    @Test
    void theWrongPartyIsForbiddenAndTheWrongStatusIsAConflictThatSaysWhatIsAllowed() {
        MobilityApplication application = draft();
        assertThatThrownBy(() -> application.perform(ApplicationAction.START_REVIEW, SENDING, SENDING_USER, null,
                NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> application.perform(ApplicationAction.START_REVIEW, REVIEWER, SENDING_FACILITATOR,
                null, NOW))
                .isInstanceOf(ConflictException.class)
                .extracting("details").isEqualTo(Map.of("currentStatus", ApplicationStatus.DRAFT,
                        "allowedActions", List.of(ApplicationAction.CANCEL)));
        assertThatThrownBy(() -> application.perform(ApplicationAction.SIGN, SENDING, SENDING_USER, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheProposedHostAnswersItsOwnProposal() {
        MobilityApplication application = eligible();
        MatchProposal proposal = application.propose(HOST, null, SENDING, SENDING_USER, NOW).proposal();
        Actor anotherCompany = new Actor("o", Set.of(Roles.SME), Optional.of(UUID.randomUUID()), Optional.empty(),
                Set.of());
        assertThatThrownBy(() -> application.decline(proposal, Set.of(Party.PROPOSED_HOST), anotherCompany, null,
                NOW)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> application.accept(proposal, new CompanySide(HOST, null, null), SENDING,
                SENDING_USER, null, NOW)).isInstanceOf(AccessDeniedException.class);
        ApplicationStep declined = application.decline(proposal, Set.of(Party.PROPOSED_HOST), HOST_USER, "Full",
                NOW);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.getHostSmeId()).isEqualTo(HOST);
        assertThat(declined.getToStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
    }

    @Test
    void onlyTheCurrentRevisionCanBeSignedOncePerPartyAndTheLastSignatureMakesTheAgreement() {
        MobilityApplication application = matched();
        MobilityApplication.Revised revised = application.revise(application.project(), SENDING, SENDING_USER, NOW);
        assertThat(revised.step().getRevision()).isEqualTo(2);

        assertThatThrownBy(() -> application.sign(1, Party.SENDING_SME, SENDING, SENDING_USER, NOW))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("OUTDATED_REVISION");
        assertThatThrownBy(() -> application.sign(2, Party.HOST_SME, SENDING, SENDING_USER, NOW))
                .isInstanceOf(AccessDeniedException.class);
        ApplicationStep signed = application.sign(2, Party.SENDING_SME, SENDING, SENDING_USER, NOW).step();
        assertThat(signed.getParty()).isEqualTo("SENDING_SME");
        assertThat(signed.getToStatus()).isEqualTo(ApplicationStatus.MATCHED);
        assertThatThrownBy(() -> application.sign(2, Party.SENDING_SME, SENDING, SENDING_USER, NOW))
                .extracting("code").isEqualTo("ALREADY_SIGNED");
        assertThat(application.allowedActions(SENDING)).doesNotContain(ApplicationAction.SIGN);
        assertThat(application.allowedActions(HOSTING)).contains(ApplicationAction.SIGN);

        application.sign(2, Party.HOST_SME, HOSTING, HOST_USER, NOW);
        ApplicationStep last = application.sign(2, Party.SENDING_FACILITATOR, REVIEWER, SENDING_FACILITATOR, NOW)
                .step();
        assertThat(last.getToStatus()).isEqualTo(ApplicationStatus.AGREEMENT_SIGNED);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AGREEMENT_SIGNED);
    }

    @Test
    void aRevisionAsksForEverySignatureAgain() {
        MobilityApplication application = matched();
        application.sign(1, Party.SENDING_SME, SENDING, SENDING_USER, NOW);
        application.revise(application.project(), SENDING, SENDING_USER, NOW);
        assertThat(application.allowedActions(SENDING)).contains(ApplicationAction.SIGN);
    }

    @Test
    void insuranceIsConfirmedOnceAndOnlyThenIsArrivalOffered() {
        MobilityApplication application = approved();
        assertThat(application.allowedActions(SENDING)).contains(ApplicationAction.CONFIRM_INSURANCE);
        assertThat(application.allowedActions(HOSTING)).doesNotContain(ApplicationAction.CONFIRM_ARRIVAL);
        assertThatThrownBy(() -> application.confirmArrival(STARTS, STARTS, RULES, HOSTING, HOST_USER, NOW))
                .extracting("code").isEqualTo("INSURANCE_MISSING");

        application.confirmInsurance("Policy 1", SENDING, SENDING_USER, NOW);
        assertThat(application.allowedActions(SENDING)).doesNotContain(ApplicationAction.CONFIRM_INSURANCE);
        assertThat(application.allowedActions(HOSTING)).contains(ApplicationAction.CONFIRM_ARRIVAL);
        assertThatThrownBy(() -> application.confirmInsurance("Policy 2", SENDING, SENDING_USER, NOW))
                .extracting("code").isEqualTo("INSURANCE_ALREADY_CONFIRMED");
    }

    @Test
    void theArrivalIsConfirmedOnTheDayOrLaterAfterInsuranceAndWithinThePlannedStayGiveOrTakeTheTolerance() {
        MobilityApplication application = approved();
        Instant insuredOnFebruaryTenth = Instant.parse("2027-02-10T10:00:00Z");
        application.confirmInsurance("Policy 1", SENDING, SENDING_USER, insuredOnFebruaryTenth);

        assertThatThrownBy(() -> application.confirmArrival(STARTS, STARTS.minusDays(1), RULES, HOSTING, HOST_USER,
                NOW)).extracting("code").isEqualTo("DATE_IN_FUTURE");
        LocalDate beforeInsurance = LocalDate.parse("2027-02-09");
        assertThatThrownBy(() -> application.confirmArrival(beforeInsurance, STARTS, RULES, HOSTING, HOST_USER, NOW))
                .extracting("code").isEqualTo("ARRIVAL_BEFORE_INSURANCE");
        LocalDate tooLate = ENDS.plusDays(15);
        assertThatThrownBy(() -> application.confirmArrival(tooLate, tooLate, RULES, HOSTING, HOST_USER, NOW))
                .extracting("code").isEqualTo("DATE_OUTSIDE_PLANNED_STAY");

        LocalDate twoWeeksEarly = STARTS.minusDays(14);
        application.confirmArrival(twoWeeksEarly, STARTS, RULES, HOSTING, HOST_USER, NOW);
        assertThat(application.getActualStart()).isEqualTo(twoWeeksEarly);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_PROGRESS);
    }

    @Test
    void theDepartureFollowsTheArrivalIsNotInTheFutureAndStaysNearThePlannedEnd() {
        MobilityApplication application = approved();
        application.confirmInsurance("Policy 1", SENDING, SENDING_USER, NOW);
        application.confirmArrival(STARTS, STARTS, RULES, HOSTING, HOST_USER, NOW);

        assertThatThrownBy(() -> application.confirmDeparture(STARTS.minusDays(1), ENDS, RULES, 30, HOSTING,
                HOST_USER, NOW)).extracting("code").isEqualTo("DEPARTURE_BEFORE_ARRIVAL");
        assertThatThrownBy(() -> application.confirmDeparture(ENDS, ENDS.minusDays(1), RULES, 30, HOSTING, HOST_USER,
                NOW)).extracting("code").isEqualTo("DATE_IN_FUTURE");
        LocalDate fifteenDaysLate = ENDS.plusDays(15);
        assertThatThrownBy(() -> application.confirmDeparture(fifteenDaysLate, fifteenDaysLate, RULES, 30, HOSTING,
                HOST_USER, NOW)).extracting("code").isEqualTo("DATE_OUTSIDE_PLANNED_STAY");

        application.confirmDeparture(ENDS, ENDS, RULES, 30, HOSTING, HOST_USER, NOW);
        assertThat(application.getDueOn()).isEqualTo(LocalDate.parse("2027-04-30"));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.COMPLETED);
    }

    @Test
    void eachReportIsFiledOnceByItsPartyAndTheLastOneMakesTheApplicationReported() {
        MobilityApplication application = approved();
        application.confirmInsurance("Policy 1", SENDING, SENDING_USER, NOW);
        application.confirmArrival(STARTS, STARTS, RULES, HOSTING, HOST_USER, NOW);
        application.confirmDeparture(ENDS, ENDS, RULES, 30, HOSTING, HOST_USER, NOW);

        assertThatThrownBy(() -> application.fileReport(ReportParty.HOST_SME, SENDING, SENDING_USER, NOW))
                .isInstanceOf(AccessDeniedException.class);
        application.fileReport(ReportParty.PARTICIPANT, SENDING, SENDING_USER, NOW);
        application.fileReport(ReportParty.SENDING_SME, SENDING, SENDING_USER, NOW);
        assertThat(application.allowedActions(SENDING)).doesNotContain(ApplicationAction.REPORT);
        assertThat(application.allowedActions(HOSTING)).contains(ApplicationAction.REPORT);
        assertThatThrownBy(() -> application.fileReport(ReportParty.SENDING_SME, SENDING, SENDING_USER, NOW))
                .extracting("code").isEqualTo("REPORT_ALREADY_FILED");

        ApplicationStep last = application.fileReport(ReportParty.HOST_SME, HOSTING, HOST_USER, NOW);
        assertThat(last.getParty()).isEqualTo("HOST_SME");
        assertThat(last.getToStatus()).isEqualTo(ApplicationStatus.REPORTED);
        assertThat(application.getDueOn()).isNull();
    }
}
