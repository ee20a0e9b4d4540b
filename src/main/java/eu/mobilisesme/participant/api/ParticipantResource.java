package eu.mobilisesme.participant.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import eu.mobilisesme.common.api.IfMatchValue;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.participant.domain.Participant;
import eu.mobilisesme.participant.service.ParticipantService;
import io.smallrye.mutiny.Uni;

/**
 * One participant. Only the company, its facilitator and administrators reach a participant; for anyone else it does
 * not exist (404).
 */
@Cancellable(false)
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    private final ParticipantService service;
    private final CurrentActor currentActor;

    public ParticipantResource(ParticipantService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getParticipant", summary = "Read a participant")
    @APIResponse(responseCode = "200", description = "The participant.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<ParticipantResponse>> get(@PathParam("id") UUID id) {
        return service.get(currentActor.get(), id).map(ParticipantResource::withTag);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "replaceParticipant", summary = "Replace a participant's details",
            description = "With the ETag in If-Match. 409 PARTICIPANT_ERASED once the person's data was erased, "
                    + "409 DUPLICATE_PARTICIPANT for an email address another person of the company has.")
    @APIResponse(responseCode = "200", description = "The updated participant.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<ParticipantResponse>> replace(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ParticipantRequest request) {
        return service.update(currentActor.get(), id, EntityTags.expectedVersion(ifMatch), request.toDetails())
                .map(ParticipantResource::withTag);
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "exportParticipant", summary = "Export everything held about a participant",
            description = "One JSON document for a data subject's access or portability request.")
    @APIResponse(responseCode = "200", description = "The export.",
            content = @Content(schema = @Schema(implementation = ParticipantExportResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ParticipantExportResponse> export(@PathParam("id") UUID id) {
        return service.export(currentActor.get(), id).map(ParticipantExportResponse::from);
    }

    @POST
    @Path("/{id}/erasure")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "eraseParticipant", summary = "Erase a participant's personal data",
            description = "Pseudonymises the person: name, email, job title, languages, occupation, the "
                    + "disability flag and the declared gender are cleared for good; the record, its company and "
                    + "role stay for the applications and grants financial audit must keep. Repeating it changes "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "The participant as it remains.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Uni<RestResponse<ParticipantResponse>> erase(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch) {
        return service.erase(currentActor.get(), id, EntityTags.expectedVersionIfGiven(ifMatch))
                .map(ParticipantResource::withTag);
    }

    private static RestResponse<ParticipantResponse> withTag(Participant participant) {
        return RestResponse.ResponseBuilder.ok(ParticipantResponse.from(participant))
                .header(HttpHeaders.ETAG, EntityTags.of(participant.getVersion()))
                .build();
    }
}
