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
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.sme.domain.CollaborationType;

class MobilityApplicationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID SENDER = UUID.randomUUID();
    private static final UUID FACILITATOR = UUID.randomUUID();
    private static final Actor SENDING_USER = new Actor("s", Set.of(Roles.SME), Optional.of(SENDER), Optional.empty(),
            Set.of());
    private static final Actor SENDING_FACILITATOR = new Actor("f", Set.of(Roles.FACILITATOR), Optional.empty(),
            Optional.of(FACILITATOR), Set.of());
    private static final Set<Party> SENDING = Set.of(Party.SENDING_SME);
    private static final Set<Party> REVIEWER = Set.of(Party.SENDING_FACILITATOR);

    private static MobilityApplication draft() {
        LearningProject project = new LearningProject(List.of("Learn"), List.of("Sell"), "Orders", "Plan",
                Stay.of(new StayPart(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-31"))));
        return MobilityApplication.draft(UUID.randomUUID(), UUID.randomUUID(), 1, SENDER, FACILITATOR,
                UUID.randomUUID(), CollaborationType.TRAINING, project, SENDING_USER, NOW).application();
    }

    @Test
    void theActorsPartsFollowFromTheApplication() {
        MobilityApplication application = draft();
        assertThat(application.partiesOf(SENDING_USER, false)).containsExactly(Party.SENDING_SME);
        assertThat(application.partiesOf(SENDING_FACILITATOR, false)).containsExactly(Party.SENDING_FACILITATOR);
        Actor stranger = new Actor("x", Set.of(Roles.SME), Optional.of(UUID.randomUUID()), Optional.empty(), Set.of());
        assertThat(application.partiesOf(stranger, false)).isEmpty();
        assertThat(application.partiesOf(stranger, true)).containsExactly(Party.HOST_SME);
    }

    @Test
    void aHoldPausesTheReviewDeadlineAndAnAnswerResumesIt() {
        MobilityApplication application = draft();
        application.submit(SENDING, SENDING_USER, null, NOW, LocalDate.parse("2026-12-22"));
        application.perform(ApplicationAction.START_REVIEW, REVIEWER, SENDING_FACILITATOR, null, NOW);
        assertThat(application.getDueOn()).isEqualTo(LocalDate.parse("2026-12-22"));

        // On Friday 11 December, 7 working days were left (14-18, 21, 22 December).
        application.hold(REVIEWER, SENDING_FACILITATOR, "Which port?", NOW, LocalDate.parse("2026-12-11"));
        assertThat(application.getDueOn()).isNull();
        // The answer comes on Monday 4 January: 7 working days from then.
        ApplicationTransition answer = application.respond(SENDING, SENDING_USER, "Trieste", NOW,
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
    void onlyTheCurrentRevisionCanBeSignedAndOnlyInOnesOwnPart() {
        MobilityApplication application = draft();
        application.revise(application.project(), SENDING, SENDING_USER, NOW);
        assertThat(application.getProjectRevision()).isEqualTo(2);
        application.submit(SENDING, SENDING_USER, null, NOW, LocalDate.parse("2026-12-22"));
        application.perform(ApplicationAction.START_REVIEW, REVIEWER, SENDING_FACILITATOR, null, NOW);
        application.perform(ApplicationAction.DECLARE_ELIGIBLE, REVIEWER, SENDING_FACILITATOR, null, NOW);
        application.matchWith(UUID.randomUUID(), null, Set.of(Party.HOST_SME), SENDING_USER, null, NOW);

        assertThatThrownBy(() -> application.sign(1, Party.SENDING_SME, SENDING, SENDING_USER, NOW))
                .isInstanceOf(ConflictException.class).extracting("code").isEqualTo("OUTDATED_REVISION");
        assertThatThrownBy(() -> application.sign(2, Party.HOST_SME, SENDING, SENDING_USER, NOW))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(application.sign(2, Party.SENDING_SME, SENDING, SENDING_USER, NOW).getRevision()).isEqualTo(2);
    }

    @Test
    void arrivalNeedsInsuranceAndDepartureCannotPrecedeIt() {
        MobilityApplication application = draft();
        application.submit(SENDING, SENDING_USER, null, NOW, LocalDate.parse("2026-12-22"));
        application.perform(ApplicationAction.START_REVIEW, REVIEWER, SENDING_FACILITATOR, null, NOW);
        application.perform(ApplicationAction.DECLARE_ELIGIBLE, REVIEWER, SENDING_FACILITATOR, null, NOW);
        application.matchWith(UUID.randomUUID(), null, Set.of(Party.HOST_SME), SENDING_USER, null, NOW);
        application.agreementSigned(SENDING_USER, NOW);
        application.perform(ApplicationAction.APPROVE, REVIEWER, SENDING_FACILITATOR, null, NOW);
        Set<Party> host = Set.of(Party.HOST_SME);
        assertThatThrownBy(() -> application.confirmArrival(LocalDate.parse("2027-03-01"), host, SENDING_USER, NOW))
                .extracting("code").isEqualTo("INSURANCE_MISSING");
        application.confirmInsurance("Policy 1", SENDING, SENDING_USER, NOW);
        application.confirmArrival(LocalDate.parse("2027-03-01"), host, SENDING_USER, NOW);
        assertThatThrownBy(() -> application.confirmDeparture(LocalDate.parse("2027-02-28"), 30, host, SENDING_USER,
                NOW)).extracting("code").isEqualTo("DEPARTURE_BEFORE_ARRIVAL");
        application.confirmDeparture(LocalDate.parse("2027-03-31"), 30, host, SENDING_USER, NOW);
        assertThat(application.getDueOn()).isEqualTo(LocalDate.parse("2027-04-30"));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.COMPLETED);
    }
}
