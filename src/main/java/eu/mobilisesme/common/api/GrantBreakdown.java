package eu.mobilisesme.common.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.domain.RateBasis;

/**
 * How a grant was computed, as clients see it: for a simulation, and with every committed grant (a shared shape, as
 * the simulation and the grant of a mobility are answered by two features).
 */
@Schema(name = "GrantBreakdown", description = "How a grant is computed: the rate table, the rate, the months and "
        + "days paid, and the same as lines to read.")
public record GrantBreakdown(
        int rateTableVersion,
        LocalDate rateTableValidFrom,
        @Schema(description = "HOST_COUNTRY: the host country's rate; DISABILITY: the rate for participants with "
                + "disabilities, whatever the host country.") RateBasis rateBasis,
        String hostCountry,
        MoneyAmount monthlyRate,
        @Schema(description = "Whole calendar months, over all parts of the stay.") int months,
        @Schema(description = "Days beyond the whole months, over all parts; each paid at a thirtieth of the "
                + "monthly rate.") int days,
        @Schema(description = "The calculation, line by line. Lines before the total may show more decimals; the "
                + "total is rounded half-up to the cent once, at the end.")
        List<String> explanation) {
}
