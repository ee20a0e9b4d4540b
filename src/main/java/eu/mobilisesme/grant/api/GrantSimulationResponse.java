package eu.mobilisesme.grant.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.GrantBreakdown;
import eu.mobilisesme.common.api.MoneyAmount;
import eu.mobilisesme.grant.domain.GrantQuote;

@Schema(name = "GrantSimulation", description = "The grant a stay would get, and how it is computed.")
public record GrantSimulationResponse(MoneyAmount amount, GrantBreakdown breakdown) {

    static GrantSimulationResponse from(GrantQuote quote) {
        return new GrantSimulationResponse(MoneyAmount.of(quote.amount()), new GrantBreakdown(quote.tableVersion(),
                quote.tableValidFrom(), quote.rateBasis(), quote.hostCountry(), MoneyAmount.of(quote.monthlyRate()),
                quote.months(), quote.days(), quote.explanation()));
    }
}
