package eu.mobilisesme.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.GrantPayee;
import eu.mobilisesme.common.domain.Roles;

/**
 * The share of its budget line a mobility holds, through the lives a grant can have: what the line must move at each
 * step, so that committed + paid on the line always equals what may still be paid out plus what was.
 */
class MobilityGrantTest {

    private static final Actor FACILITATOR = new Actor("anna", Set.of(Roles.FACILITATOR), Optional.empty(),
            Optional.of(UUID.randomUUID()), Set.of());
    private static final Instant AT = Instant.parse("2030-05-04T10:00:00Z");

    @Test
    void aStayAsPlannedIsPaidInTwoInstalmentsAndReleasesNothingButTheCut() {
        MobilityGrant grant = grant("930.00", 70);
        assertThat(grant.getCommitted()).isEqualByComparingTo("930.00");
        assertThatThrownBy(() -> grant.due(Instalment.PRE_FINANCING, eur("0")))
                .hasFieldOrPropertyWithValue("code", "INSTALMENT_NOT_DUE");

        grant.stayStarted(FACILITATOR, AT);
        BigDecimal prefinancing = grant.due(Instalment.PRE_FINANCING, eur("0"));
        assertThat(prefinancing).isEqualByComparingTo("651.00");
        assertThat(grant.paymentsChanged(prefinancing, FACILITATOR, AT)).isEqualByComparingTo("0");
        assertThat(grant.paid(prefinancing, prefinancing, FACILITATOR, AT)).isEqualByComparingTo("-651.00");

        assertThat(grant.stayEnded(UUID.randomUUID(), eur("900.00"), prefinancing, FACILITATOR, AT))
                .isEqualByComparingTo("-30.00");
        assertThatThrownBy(() -> grant.due(Instalment.BALANCE, prefinancing))
                .hasFieldOrPropertyWithValue("code", "INSTALMENT_NOT_DUE");
        grant.reportsIn(FACILITATOR, AT);
        BigDecimal balance = grant.due(Instalment.BALANCE, prefinancing);
        assertThat(balance).isEqualByComparingTo("249.00");
        assertThatThrownBy(() -> grant.due(Instalment.RECOVERY, prefinancing))
                .hasFieldOrPropertyWithValue("code", "NOTHING_DUE");

        assertThat(grant.paid(balance, eur("900.00"), FACILITATOR, AT)).isEqualByComparingTo("-249.00");
        assertThat(grant.getCommitted()).isEqualByComparingTo("0");
        grant.close(false, FACILITATOR, AT);
        assertThat(grant.getStage()).isEqualTo(GrantStage.CLOSED);
    }

    @Test
    void aShorterStayEndsWithARecoveryOfWhatWasOverpaid() {
        MobilityGrant grant = grant("1000.00", 70);
        grant.stayStarted(FACILITATOR, AT);
        grant.paid(eur("700.00"), eur("700.00"), FACILITATOR, AT);
        assertThat(grant.stayEnded(UUID.randomUUID(), eur("500.00"), eur("700.00"), FACILITATOR, AT))
                .isEqualByComparingTo("-300.00");
        grant.reportsIn(FACILITATOR, AT);
        assertThat(grant.due(Instalment.RECOVERY, eur("700.00"))).isEqualByComparingTo("200.00");
        assertThatThrownBy(() -> grant.close(false, FACILITATOR, AT))
                .hasFieldOrPropertyWithValue("code", "MONEY_NOT_SETTLED");

        assertThat(grant.paid(eur("-200.00"), eur("500.00"), FACILITATOR, AT)).isEqualByComparingTo("0");
        assertThat(grant.getPaid()).isEqualByComparingTo("500.00");
        grant.close(false, FACILITATOR, AT);
    }

    @Test
    void aLongerStayIsNotPaidMoreThanWasApproved() {
        MobilityGrant grant = grant("900.00", 70);
        grant.stayStarted(FACILITATOR, AT);
        assertThat(grant.stayEnded(UUID.randomUUID(), eur("960.00"), eur("0"), FACILITATOR, AT))
                .isEqualByComparingTo("0");
        assertThat(grant.getEntitlement()).isEqualByComparingTo("900.00");
    }

    @Test
    void aPaymentWithTheBankStaysReservedWhenTheStayTurnsOutShorter() {
        MobilityGrant grant = grant("1000.00", 80);
        grant.stayStarted(FACILITATOR, AT);
        // 800.00 of pre-financing is exported but not paid yet; the stay was half as long.
        assertThat(grant.stayEnded(UUID.randomUUID(), eur("500.00"), eur("800.00"), FACILITATOR, AT))
                .isEqualByComparingTo("-200.00");
        assertThat(grant.getCommitted()).isEqualByComparingTo("800.00");
        assertThat(grant.paid(eur("800.00"), eur("800.00"), FACILITATOR, AT)).isEqualByComparingTo("-800.00");
    }

    @Test
    void cancellingReleasesWhatWasNotPaidAndTheClosingNeedsNoMore() {
        MobilityGrant grant = grant("1000.00", 70);
        grant.stayStarted(FACILITATOR, AT);
        grant.paid(eur("700.00"), eur("700.00"), FACILITATOR, AT);
        assertThat(grant.release(eur("700.00"), FACILITATOR, AT)).isEqualByComparingTo("-300.00");
        assertThat(grant.getEntitlement()).isEqualByComparingTo("700.00");
        assertThat(grant.getStage()).isEqualTo(GrantStage.RELEASED);
    }

    @Test
    void paymentsStillOpenKeepTheFileOpen() {
        MobilityGrant grant = grant("0.00", 70);
        assertThatThrownBy(() -> grant.close(true, FACILITATOR, AT)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("payments open");
    }

    private static MobilityGrant grant(String planned, int prefinancingPercent) {
        return new MobilityGrant(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new Payee(GrantPayee.SENDING_SME, UUID.randomUUID()), prefinancingPercent, UUID.randomUUID(),
                eur(planned), FACILITATOR, AT);
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
