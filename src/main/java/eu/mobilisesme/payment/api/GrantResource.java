package eu.mobilisesme.payment.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.payment.service.MobilityGrants;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class GrantResource {

    private final MobilityGrants service;
    private final CurrentActor currentActor;

    public GrantResource(MobilityGrants service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.FACILITATOR, Roles.SME })
    @Operation(operationId = "getGrant", summary = "The grant of an approved mobility, its payments and what is due",
            description = "For the paying facilitator, the sending company and administrators; 404 for anyone "
                    + "else, and for a mobility that has no grant (not approved).")
    @APIResponse(responseCode = "200", description = "The grant.",
            content = @Content(schema = @Schema(implementation = GrantResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<GrantResponse> get(@PathParam("applicationId") UUID applicationId) {
        return service.statement(currentActor.get(), applicationId).map(GrantResponse::from);
    }
}
