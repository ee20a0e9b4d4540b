package eu.mobilisesme.participant.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.api.EntityTags;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.participant.domain.Participant;
import eu.mobilisesme.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;

/** A company's people, listed and added under the company. */
@Cancellable(false)
@Path("/api/v1/smes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "People of a company who may go on a mobility, and their privacy rights.")
public class SmeParticipantsResource {

    private final ParticipantService service;
    private final CurrentActor currentActor;

    public SmeParticipantsResource(ParticipantService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @Path("/{id}/participants")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "addParticipant", summary = "Add a person of the company",
            description = "For the company, its facilitator and administrators. 409 DUPLICATE_PARTICIPANT when the "
                    + "company already has someone with the email address.")
    @APIResponse(responseCode = "201", description = "Added.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Uni<RestResponse<ParticipantResponse>> add(@PathParam("id") UUID smeId,
            @Valid @NotNull ParticipantRequest request) {
        return service.add(currentActor.get(), smeId, request.toDetails())
                .map(participant -> RestResponse.ResponseBuilder
                        .<ParticipantResponse>created(URI.create("/api/v1/participants/" + participant.getId()))
                        .entity(ParticipantResponse.from(participant))
                        .header(HttpHeaders.ETAG, EntityTags.of(participant.getVersion()))
                        .build());
    }

    @GET
    @Path("/{id}/participants")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listParticipants", summary = "List the company's people",
            description = "For the company, its facilitator and administrators; erased people are listed without "
                    + "their personal data.")
    @APIResponse(responseCode = "200", description = "One page of participants.",
            content = @Content(schema = @Schema(implementation = ParticipantPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Page<ParticipantResponse>> list(@PathParam("id") UUID smeId,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.list(currentActor.get(), smeId, Pages.after(cursor), limit + 1)
                .map(found -> Pages.of(found, limit, ParticipantResponse::from,
                        participant -> participant.getId().toString(), Participant::getId));
    }

    @Schema(name = "ParticipantPage")
    record ParticipantPage(List<ParticipantResponse> items, String next) {
    }
}
