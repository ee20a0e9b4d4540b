package eu.mobilisesme.grant.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.grant.domain.GrantPeriod;

@Schema(name = "GrantSimulationRequest", description = "A stay to compute the grant of, as it would be committed.")
public record GrantSimulationRequest(
        @NotNull @CountryCode @Schema(examples = "IT") String hostCountry,
        @NotEmpty @Size(max = 12) @CountableStay
        @Schema(description = "One part, or several for a split stay; parts do not overlap, and last at most "
                + CountableStay.MAX_MONTHS + " months in all.")
        List<@NotNull @Valid StayPart> stay,
        @Schema(defaultValue = "false", description = "Whether the participant has a disability: the disability "
                + "rate then applies, whatever the host country.") Boolean disability,
        @Schema(description = "The day whose rate table applies (ISO 8601): the table that starts last on or "
                + "before it. Today when absent.") LocalDate rateTableOn) {

    @Schema(name = "GrantStayPart", description = "First and last day of a part of the stay, both included.")
    public record StayPart(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {

        GrantPeriod toPeriod() {
            return new GrantPeriod(startsOn, endsOn);
        }
    }

    List<GrantPeriod> periods() {
        return stay.stream().map(StayPart::toPeriod).toList();
    }

    boolean hasDisability() {
        return Boolean.TRUE.equals(disability);
    }
}
