package eu.mobilisesme.grant.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.common.domain.DatePeriod;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.grant.domain.GrantCalculation;
import eu.mobilisesme.grant.domain.GrantPeriod;
import eu.mobilisesme.grant.domain.GrantQuote;
import eu.mobilisesme.grant.persistence.GrantCalculationRepository;
import io.smallrye.mutiny.Uni;

/**
 * Grants as other features commit them: computed and kept, in the caller's transaction, so that a committed grant
 * names the rate table and explains itself whatever tables come after it.
 */
@ApplicationScoped
public class GrantCalculations {

    private final GrantRates rates;
    private final GrantCalculationRepository calculations;
    private final Clock clock;

    public GrantCalculations(GrantRates rates, GrantCalculationRepository calculations, Clock clock) {
        this.rates = rates;
        this.calculations = calculations;
        this.clock = clock;
    }

    /** The grant of {@code stay} at the host country's (or the disability) rate of the table in force on a day. */
    public Uni<CalculatedGrant> calculate(String hostCountry, List<DatePeriod> stay, boolean disability,
            LocalDate tableOn) {
        return rates.quote(hostCountry, periods(stay), disability, tableOn).flatMap(this::keep);
    }

    /** The grant of another stay (the actual one) as {@code calculationId} was computed: same table, rate and basis. */
    public Uni<CalculatedGrant> recalculate(UUID calculationId, List<DatePeriod> stay) {
        return kept(calculationId).map(GrantCalculation::quote).flatMap(earlier -> rates.requote(
                earlier.rateTableId(), earlier.hostCountry(), periods(stay), earlier.disability()))
                .flatMap(this::keep);
    }

    public Uni<CalculatedGrant> find(UUID calculationId) {
        return kept(calculationId).map(CalculatedGrant::of);
    }

    private Uni<GrantCalculation> kept(UUID calculationId) {
        return calculations.findById(calculationId).onItem().ifNull()
                .failWith(() -> new ResourceNotFoundException("Grant calculation", calculationId));
    }

    private Uni<CalculatedGrant> keep(GrantQuote quote) {
        // Written now rather than at the commit: the grant that follows holds its budget line's row until then.
        return calculations.persistAndFlush(GrantCalculation.of(quote, clock.instant())).map(CalculatedGrant::of);
    }

    private static List<GrantPeriod> periods(List<DatePeriod> stay) {
        return stay.stream().map(period -> new GrantPeriod(period.startsOn(), period.endsOn())).toList();
    }
}
