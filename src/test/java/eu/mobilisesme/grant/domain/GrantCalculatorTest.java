package eu.mobilisesme.grant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.mobilisesme.common.domain.RateBasis;
import eu.mobilisesme.common.domain.BusinessRuleException;

/**
 * The grant of a stay (DOMAIN rule 8) on fixed dates: whole calendar months, the days after them at a thirtieth of
 * the monthly rate, and one rounding, half-up to the cent, at the end.
 */
class GrantCalculatorTest {

    private static final RateTable TABLE_1 = table(1, "2020-01-01", "1100.00",
            rate("IT", "900.00"), rate("AL", "530.00"), rate("DK", "1100.00"), rate("XK", "900.15"));
    private static final RateTable TABLE_2 = table(2, "2028-01-01", "1150.00",
            rate("IT", "950.00"), rate("AL", "560.00"), rate("DK", "1100.00"), rate("XK", "900.15"));

    private static GrantQuote quote(String country, String... days) {
        return GrantCalculator.quote(TABLE_1, country, periods(days), false);
    }

    /** Periods from pairs of ISO dates: first day, last day, first day, last day... */
    private static List<GrantPeriod> periods(String... days) {
        List<GrantPeriod> periods = new java.util.ArrayList<>();
        for (int i = 0; i < days.length; i += 2) {
            periods.add(new GrantPeriod(LocalDate.parse(days[i]), LocalDate.parse(days[i + 1])));
        }
        return periods;
    }

    @Test
    void exactlyOneMonthIsTheMonthlyRate() {
        GrantQuote quote = quote("IT", "2027-03-01", "2027-03-31");
        assertThat(quote.months()).isEqualTo(1);
        assertThat(quote.days()).isZero();
        assertThat(quote.amount()).isEqualTo(new BigDecimal("900.00"));
        assertThat(quote.rateBasis()).isEqualTo(RateBasis.HOST_COUNTRY);
        assertThat(quote.monthlyRate()).isEqualTo(new BigDecimal("900.00"));
    }

    @Test
    void oneMonthAndOneDayPaysTheDayProRataAndExplainsEveryStep() {
        GrantQuote quote = quote("IT", "2027-03-01", "2027-04-01");
        assertThat(quote.months()).isEqualTo(1);
        assertThat(quote.days()).isEqualTo(1);
        assertThat(quote.amount()).isEqualTo(new BigDecimal("930.00"));
        assertThat(quote.explanation()).containsExactly(
                "Rate table 1, valid from 2020-01-01",
                "Monthly rate for host country IT: EUR 900.00",
                "Stay from 2027-03-01 to 2027-04-01: 1 month and 1 day",
                "1 month x EUR 900.00 = EUR 900.00",
                "1 day x EUR 900.00 / 30 = EUR 30.00 (pro rata)",
                "Total: EUR 930.00 (rounded half-up to the cent once)");
        assertThat(quote.rateTableId()).isEqualTo(TABLE_1.id());
        assertThat(quote.tableVersion()).isEqualTo(1);
        assertThat(quote.tableValidFrom()).isEqualTo(LocalDate.parse("2020-01-01"));
    }

    @Test
    void twoMonths() {
        GrantQuote quote = quote("IT", "2027-03-01", "2027-04-30");
        assertThat(quote.months()).isEqualTo(2);
        assertThat(quote.days()).isZero();
        assertThat(quote.amount()).isEqualTo(new BigDecimal("1800.00"));
        assertThat(quote.explanation()).contains("2 months x EUR 900.00 = EUR 1800.00");
    }

    /** Month m is complete when startsOn.plusMonths(m).minusDays(1) is not after endsOn. */
    @ParameterizedTest(name = "{0} to {1}: {2} months, {3} days")
    @CsvSource({
            // From the 31st: 31 January plus a month is 28 February (27 February is the month's last day).
            "2027-01-31, 2027-02-27, 1, 0, 900.00",
            "2027-01-31, 2027-02-28, 1, 1, 930.00",
            "2027-01-31, 2027-03-01, 1, 2, 960.00",
            "2027-01-31, 2027-03-30, 2, 0, 1800.00",
            // The end of February.
            "2027-02-01, 2027-02-28, 1, 0, 900.00",
            "2027-02-01, 2027-02-27, 0, 27, 810.00",
            "2027-02-28, 2027-03-27, 1, 0, 900.00",
            "2027-02-15, 2027-03-14, 1, 0, 900.00",
            // In the middle of a month, and a day short of a month: days are paid, never a month.
            "2027-01-15, 2027-02-14, 1, 0, 900.00",
            "2027-03-01, 2027-03-30, 0, 30, 900.00",
            "2027-03-01, 2027-03-01, 0, 1, 30.00",
            "2027-04-01, 2027-04-29, 0, 29, 870.00",
            // Over a year end.
            "2027-12-15, 2028-02-14, 2, 0, 1800.00",
    })
    void monthBoundaries(String startsOn, String endsOn, int months, int days, String amount) {
        GrantQuote quote = quote("IT", startsOn, endsOn);
        assertThat(quote.months()).isEqualTo(months);
        assertThat(quote.days()).isEqualTo(days);
        assertThat(quote.amount()).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} months, {3} days")
    @CsvSource({
            "2028-02-01, 2028-02-29, 1, 0, 900.00",
            "2028-02-01, 2028-02-28, 0, 28, 840.00",
            // 31 January 2028 plus a month is 29 February, so the month ends on the 28th.
            "2028-01-31, 2028-02-28, 1, 0, 900.00",
            "2028-01-31, 2028-02-29, 1, 1, 930.00",
            "2028-02-29, 2028-03-28, 1, 0, 900.00",
            "2028-02-29, 2028-04-28, 2, 0, 1800.00",
            "2028-02-29, 2028-02-29, 0, 1, 30.00",
            // The same dates a year earlier, without 29 February.
            "2027-02-01, 2027-02-28, 1, 0, 900.00",
            "2027-01-31, 2027-02-28, 1, 1, 930.00",
    })
    void leapYears(String startsOn, String endsOn, int months, int days, String amount) {
        GrantQuote quote = quote("IT", startsOn, endsOn);
        assertThat(quote.months()).isEqualTo(months);
        assertThat(quote.days()).isEqualTo(days);
        assertThat(quote.amount()).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void aParticipantWithADisabilityGetsTheDisabilityRateWhateverTheHostCountry() {
        GrantQuote inItaly = GrantCalculator.quote(TABLE_1, "IT", periods("2027-03-01", "2027-04-30"), true);
        assertThat(inItaly.rateBasis()).isEqualTo(RateBasis.DISABILITY);
        assertThat(inItaly.disability()).isTrue();
        assertThat(inItaly.monthlyRate()).isEqualTo(new BigDecimal("1100.00"));
        assertThat(inItaly.amount()).isEqualTo(new BigDecimal("2200.00"));
        assertThat(inItaly.hostCountry()).isEqualTo("IT");
        assertThat(inItaly.explanation()).contains(
                "Monthly rate for participants with disabilities, whatever the host country (IT): EUR 1100.00",
                "2 months x EUR 1100.00 = EUR 2200.00");
        GrantQuote inAlbania = GrantCalculator.quote(TABLE_1, "AL", periods("2027-03-01", "2027-04-30"), true);
        assertThat(inAlbania.amount()).isEqualTo(new BigDecimal("2200.00"));
        // The disability rate is the table's: a newer table may change it.
        assertThat(GrantCalculator.quote(TABLE_2, "AL", periods("2028-03-01", "2028-03-31"), true).amount())
                .isEqualTo(new BigDecimal("1150.00"));
        // Anywhere: even where the table has no rate for the host country.
        assertThat(GrantCalculator.quote(TABLE_1, "CH", periods("2027-03-01", "2027-03-31"), true).amount())
                .isEqualTo(new BigDecimal("1100.00"));
    }

    @Test
    void aHostCountryWithoutARateIsRefused() {
        assertThatThrownBy(() -> quote("CH", "2027-03-01", "2027-03-31"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Rate table 1 (valid from 2020-01-01) has no monthly rate for host country CH.")
                .extracting(failure -> ((BusinessRuleException) failure).code()).isEqualTo("NO_GRANT_RATE");
    }

    @Test
    void eachRateTableVersionPaysItsOwnRatesAndSaysWhichItIs() {
        List<GrantPeriod> stay = periods("2028-03-01", "2028-04-01");
        GrantQuote older = GrantCalculator.quote(TABLE_1, "IT", stay, false);
        GrantQuote newer = GrantCalculator.quote(TABLE_2, "IT", stay, false);
        assertThat(older.amount()).isEqualTo(new BigDecimal("930.00"));
        assertThat(newer.amount()).isEqualTo(new BigDecimal("981.67"));
        assertThat(newer.rateTableId()).isEqualTo(TABLE_2.id());
        assertThat(newer.tableVersion()).isEqualTo(2);
        assertThat(newer.tableValidFrom()).isEqualTo(LocalDate.parse("2028-01-01"));
        assertThat(newer.explanation()).startsWith("Rate table 2, valid from 2028-01-01",
                "Monthly rate for host country IT: EUR 950.00");
        assertThat(newer.explanation()).contains("1 day x EUR 950.00 / 30 = about EUR 31.6667 (pro rata)",
                "Total: EUR 981.67 (about EUR 981.6667 rounded half-up to the cent once)");
    }

    @Nested
    class Rounding {

        @Test
        void aThirdDecimalOfFiveRoundsUp() {
            // 900.15 / 30 = 30.005: half-up gives 30.01 (half-even would give 30.00).
            GrantQuote quote = quote("XK", "2027-03-01", "2027-03-01");
            assertThat(quote.amount()).isEqualTo(new BigDecimal("30.01"));
            assertThat(quote.explanation()).containsSubsequence(
                    "1 day x EUR 900.15 / 30 = EUR 30.005 (pro rata)",
                    "Total: EUR 30.01 (EUR 30.005 rounded half-up to the cent once)");
            // 1 month and 1 day: 900.15 + 30.005 = 930.155.
            assertThat(quote("XK", "2027-03-01", "2027-04-01").amount()).isEqualTo(new BigDecimal("930.16"));
        }

        @Test
        void roundsOnceAtTheEndNotPerDayNorPerPart() {
            // 3 days: 900.15 x 3 / 30 = 90.015 -> 90.02; a daily rate rounded first (30.01 x 3) would give 90.03.
            assertThat(quote("XK", "2027-03-01", "2027-03-03").amount()).isEqualTo(new BigDecimal("90.02"));
            // Two parts of one day: 900.15 x 2 / 30 = 60.01; rounding each part (30.01 + 30.01) would give 60.02.
            GrantQuote split = quote("XK", "2027-03-01", "2027-03-01", "2027-06-01", "2027-06-01");
            assertThat(split.days()).isEqualTo(2);
            assertThat(split.amount()).isEqualTo(new BigDecimal("60.01"));
            // A rate whose thirtieth never ends: 530 x 1 / 30 = 17.666..., rounded once to 17.67.
            assertThat(quote("AL", "2027-03-01", "2027-03-01").amount()).isEqualTo(new BigDecimal("17.67"));
            // 530 x 2 / 30 = 35.333...: 35.33, not 2 x 17.67 = 35.34.
            assertThat(quote("AL", "2027-03-01", "2027-03-01", "2027-05-01", "2027-05-01").amount())
                    .isEqualTo(new BigDecimal("35.33"));
        }

        @Test
        void amountsHaveExactlyTwoDecimals() {
            assertThat(quote("IT", "2027-03-01", "2027-03-31").amount().scale()).isEqualTo(2);
            assertThat(quote("AL", "2027-03-01", "2027-03-01").amount().scale()).isEqualTo(2);
        }
    }

    @Test
    void aSplitStaySumsTheMonthsAndDaysOfItsParts() {
        GrantQuote quote = quote("IT", "2027-03-01", "2027-03-31", "2027-06-01", "2027-06-15");
        assertThat(quote.months()).isEqualTo(1);
        assertThat(quote.days()).isEqualTo(15);
        assertThat(quote.amount()).isEqualTo(new BigDecimal("1350.00"));
        assertThat(quote.explanation()).containsExactly(
                "Rate table 1, valid from 2020-01-01",
                "Monthly rate for host country IT: EUR 900.00",
                "Part 1 from 2027-03-01 to 2027-03-31: 1 month",
                "Part 2 from 2027-06-01 to 2027-06-15: 15 days",
                "All parts: 1 month and 15 days",
                "1 month x EUR 900.00 = EUR 900.00",
                "15 days x EUR 900.00 / 30 = EUR 450.00 (pro rata)",
                "Total: EUR 1350.00 (rounded half-up to the cent once)");
    }

    @Test
    void daysOfSeveralPartsAddUpBeyondAMonth() {
        GrantQuote quote = quote("IT", "2027-03-01", "2027-03-20", "2027-05-01", "2027-05-20");
        assertThat(quote.months()).isZero();
        assertThat(quote.days()).isEqualTo(40);
        assertThat(quote.amount()).isEqualTo(new BigDecimal("1200.00"));
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new GrantPeriod(LocalDate.parse("2027-03-02"), LocalDate.parse("2027-03-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GrantCalculator.quote(TABLE_1, "IT", List.of(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static RateTable table(int version, String validFrom, String disability, CountryRate... rates) {
        return new RateTable(UUID.randomUUID(), version, LocalDate.parse(validFrom), new BigDecimal(disability),
                "test", Instant.parse("2026-12-01T09:00:00Z"), List.of(rates));
    }

    static CountryRate rate(String country, String monthly) {
        return new CountryRate(country, new BigDecimal(monthly), "test");
    }
}
