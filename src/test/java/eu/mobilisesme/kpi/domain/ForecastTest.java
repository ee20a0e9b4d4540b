package eu.mobilisesme.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.kpi.domain.Forecast.Outlook;

class ForecastTest {

    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");
    private static final LocalDate CLOSES = LocalDate.parse("2027-12-31");

    @Test
    void aTargetMetOrExceededIsReached() {
        assertThat(Forecast.of(715, 715, 0, TODAY, CLOSES))
                .isEqualTo(new Forecast(Outlook.REACHED, new BigDecimal("0.00"), null));
        assertThat(Forecast.of(800, 715, 40, TODAY, CLOSES).outlook()).isEqualTo(Outlook.REACHED);
    }

    @Test
    void theRemainderAtTheRateOfTheLastFourWeeksGivesTheDayRoundedUp() {
        // 100 to go at 30 in 28 days: 93.33 days, so the 94th day from today.
        assertThat(Forecast.of(615, 715, 30, TODAY, CLOSES))
                .isEqualTo(new Forecast(Outlook.ON_TRACK, new BigDecimal("7.50"), TODAY.plusDays(94)));
        // Exactly 28 days: no rounding.
        assertThat(Forecast.of(10, 20, 10, TODAY, CLOSES).expectedOn()).isEqualTo(TODAY.plusDays(28));
    }

    @Test
    void theCallsLastDayStillCountsAndTheDayAfterIsTooLate() {
        LocalDate closes = TODAY.plusDays(28);
        assertThat(Forecast.of(10, 20, 10, TODAY, closes).outlook()).isEqualTo(Outlook.ON_TRACK);
        assertThat(Forecast.of(10, 20, 10, TODAY, closes.minusDays(1)))
                .isEqualTo(new Forecast(Outlook.NOT_BEFORE_CALL_ENDS, new BigDecimal("2.50"), null));
    }

    @Test
    void noGrowthIsNeverOnTrack() {
        assertThat(Forecast.of(100, 715, 0, TODAY, CLOSES))
                .isEqualTo(new Forecast(Outlook.NOT_BEFORE_CALL_ENDS, new BigDecimal("0.00"), null));
    }

    @Test
    void aCallThatHasEndedIsNotReachedLaterUnlessItWasReached() {
        assertThat(Forecast.of(500, 520, 40, CLOSES.plusDays(5), CLOSES).outlook())
                .isEqualTo(Outlook.NOT_BEFORE_CALL_ENDS);
    }
}
