package eu.mobilisesme.sme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.support.ReferenceData;

/** The rules of a registration: what may be stated, who may see and decide, and which decisions each status allows. */
class SmeTest {

    @BeforeAll
    static void referenceData() {
        ReferenceData.load();
    }

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-12-21");
    private static final UUID FACILITATOR = UUID.randomUUID();
    private static final Actor ADMIN = new Actor("admin", Set.of(Roles.PROGRAMME_ADMIN), Optional.empty(),
            Optional.empty(), Set.of());
    private static final Actor ASSIGNED = new Actor("f", Set.of(Roles.FACILITATOR), Optional.empty(),
            Optional.of(FACILITATOR), Set.of());

    private static SmeDetails details(String legalName, int staff, ExchangeRole role, int capacity) {
        return new SmeDetails(legalName, null, "IT", "ITF47", new Address("Via 1", "70121", "Bari"), null,
                "IT01234567890", NaceCode.of("10.41", NaceVersion.REV_2), 2000, staff, new BigDecimal("1000000"),
                new BigDecimal("1000000.5"), List.of("it"), new TreeSet<>(Set.of(CollaborationType.TRAINING)),
                new TreeSet<>(), List.of("DE"), role, capacity, null, true);
    }

    private static Sme registered() {
        return Sme.register(UUID.randomUUID(), details("Olio", 5, ExchangeRole.BOTH, 1), FACILITATOR, null, ADMIN,
                NOW, DUE).sme();
    }

    @Test
    void aRegistrationStartsPendingWithItsDueDateAndAFirstHistoryEntry() {
        Sme.Registration registration = Sme.register(UUID.randomUUID(), details("Olio", 5, ExchangeRole.BOTH, 1),
                FACILITATOR, null, ADMIN, NOW, DUE);
        assertThat(registration.sme().getStatus()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
        assertThat(registration.sme().getReviewDueOn()).isEqualTo(DUE);
        assertThat(registration.sme().getSizeClass()).isEqualTo(SizeClass.MICRO);
        assertThat(registration.submitted().getFromStatus()).isNull();
        assertThat(registration.submitted().getActorRole()).isEqualTo(Roles.PROGRAMME_ADMIN);
    }

    @Test
    void amountsWithTheSameValueAreTheSameStatement() {
        assertThat(details("Olio", 5, ExchangeRole.BOTH, 1).balanceSheetTotal()).isEqualTo(new BigDecimal("1000000.50"));
        assertThat(registered().details()).isEqualTo(details("Olio", 5, ExchangeRole.BOTH, 1));
    }

    @Test
    void aLargeCompanyMayHostButNotSend() {
        assertThatThrownBy(() -> Sme.register(UUID.randomUUID(), details("Big", 250, ExchangeRole.BOTH, 1),
                FACILITATOR, null, ADMIN, NOW, DUE))
                .isInstanceOf(BusinessRuleException.class).extracting("code").isEqualTo("LARGE_COMPANY_CANNOT_SEND");
        assertThat(Sme.register(UUID.randomUUID(), details("Big", 250, ExchangeRole.HOST, 1), FACILITATOR, null,
                ADMIN, NOW, DUE).sme().getSizeClass()).isEqualTo(SizeClass.LARGE);
        assertThatThrownBy(() -> Sme.register(UUID.randomUUID(), details("Full", 5, ExchangeRole.HOST, 0),
                FACILITATOR, null, ADMIN, NOW, DUE))
                .extracting("code").isEqualTo("HOSTING_CAPACITY_REQUIRED");
    }

    @Test
    void eachStatusAllowsItsDecisions() {
        assertThat(VerificationDecision.allowedFrom(VerificationStatus.PENDING_VERIFICATION))
                .containsExactly(VerificationDecision.VERIFY, VerificationDecision.HOLD, VerificationDecision.REJECT);
        assertThat(VerificationDecision.allowedFrom(VerificationStatus.ON_HOLD))
                .containsExactly(VerificationDecision.VERIFY, VerificationDecision.REJECT);
        assertThat(VerificationDecision.allowedFrom(VerificationStatus.VERIFIED)).isEmpty();
        assertThat(VerificationDecision.allowedFrom(VerificationStatus.REJECTED)).isEmpty();
    }

    @Test
    void aRefusedDecisionNamesTheStatusAndTheAllowedActions() {
        Sme sme = registered();
        sme.decide(VerificationDecision.HOLD, ASSIGNED, "Which VAT?", NOW);
        assertThat(sme.getReviewDueOn()).isNull();
        assertThatThrownBy(() -> sme.decide(VerificationDecision.HOLD, ASSIGNED, "Again", NOW))
                .isInstanceOf(ConflictException.class)
                .extracting("details").isEqualTo(Map.of("currentStatus", VerificationStatus.ON_HOLD,
                        "allowedActions", List.of(VerificationDecision.VERIFY, VerificationDecision.REJECT)));
    }

    @Test
    void onlyALegalIdentityChangeSendsAVerifiedCompanyBackToVerification() {
        Sme sme = registered();
        sme.decide(VerificationDecision.VERIFY, ASSIGNED, null, NOW);
        assertThat(sme.change(details("Olio", 6, ExchangeRole.BOTH, 2), ASSIGNED, NOW, null)).isEmpty();
        assertThat(sme.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(sme.change(details("Olio Nuovo", 6, ExchangeRole.BOTH, 2), ASSIGNED, NOW, DUE)).isPresent();
        assertThat(sme.getStatus()).isEqualTo(VerificationStatus.PENDING_VERIFICATION);
        assertThat(sme.getReviewDueOn()).isEqualTo(DUE);
    }

    @Test
    void aCompanyCannotMoveCountry() {
        Sme sme = registered();
        SmeDetails moved = details("Olio", 5, ExchangeRole.BOTH, 1);
        SmeDetails inPortugal = new SmeDetails(moved.legalName(), null, "PT", null, moved.address(), null,
                "PT509876543", moved.nace(), 2000, 5, moved.annualTurnover(), moved.balanceSheetTotal(),
                moved.languages(), moved.collaborationOffered(), moved.collaborationSought(), moved.targetMarkets(),
                moved.exchangeRole(), 1, null, true);
        assertThatThrownBy(() -> sme.change(inPortugal, ADMIN, NOW, null))
                .extracting("code").isEqualTo("COUNTRY_CHANGE_NOT_ALLOWED");
    }
}
