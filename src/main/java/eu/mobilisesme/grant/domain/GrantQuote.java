package eu.mobilisesme.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import eu.mobilisesme.common.domain.RateBasis;
import eu.mobilisesme.common.domain.Euros;

/**
 * A grant as computed, with everything needed to explain it: the rate table (id, version and start), which rate
 * applied, the months and days paid, the amount, and the same as itemised lines for people to read.
 *
 * @param monthlyRate the rate applied: the host country's, or the disability rate
 * @param months      whole calendar months, summed over the parts of the stay
 * @param days        the days beyond the whole months, summed over the parts (paid at a thirtieth of the rate each)
 * @param amount      {@code monthlyRate x (30 x months + days) / 30}, rounded half-up to the cent once; scale 2
 * @param explanation the calculation line by line, e.g. {@code 1 month x EUR 900.00 = EUR 900.00}
 */
public record GrantQuote(UUID rateTableId, int tableVersion, LocalDate tableValidFrom, RateBasis rateBasis,
        String hostCountry, BigDecimal monthlyRate, int months, int days, BigDecimal amount,
        List<String> explanation) {

    public GrantQuote {
        Objects.requireNonNull(rateTableId, "rateTableId");
        Objects.requireNonNull(tableValidFrom, "tableValidFrom");
        Objects.requireNonNull(rateBasis, "rateBasis");
        Objects.requireNonNull(hostCountry, "hostCountry");
        if (months < 0 || days < 0 || amount.signum() < 0) {
            throw new IllegalArgumentException("A grant counts no negative months, days or amounts");
        }
        monthlyRate = Euros.rounded(monthlyRate);
        amount = Euros.rounded(amount);
        explanation = List.copyOf(explanation);
    }

    public boolean disability() {
        return rateBasis == RateBasis.DISABILITY;
    }
}
