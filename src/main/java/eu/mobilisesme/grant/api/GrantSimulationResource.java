package eu.mobilisesme.grant.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.grant.service.GrantRates;
import io.smallrye.mutiny.Uni;

/** What a stay would be paid, before anything is committed. Partners see no financial data. */
@Cancellable(false)
@Path("/api/v1/grant-simulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grants", description = "Grant rates by host country and what they pay for a stay.")
public class GrantSimulationResource {

    private final GrantRates grantRates;

    public GrantSimulationResource(GrantRates grantRates) {
        this.grantRates = grantRates;
    }

    @POST
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "simulateGrant", summary = "Compute the grant of a stay, with its breakdown",
            description = "The monthly rate of the host country (or the disability rate, whatever the host country) "
                    + "times the duration: whole calendar months of each part, and the days after them at a "
                    + "thirtieth of the rate each; rounded half-up to the cent once. Nothing is stored. "
                    + "422 NO_GRANT_RATE_TABLE before the first rate table starts, NO_GRANT_RATE when the table has no "
                    + "rate for the host country.")
    @APIResponse(responseCode = "200", description = "The grant and its breakdown.",
            content = @Content(schema = @Schema(implementation = GrantSimulationResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<GrantSimulationResponse> simulate(@Valid @NotNull GrantSimulationRequest request) {
        return grantRates.simulate(request.hostCountry(), request.periods(), request.hasDisability(),
                request.rateTableOn()).map(GrantSimulationResponse::from);
    }
}
