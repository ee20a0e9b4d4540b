package eu.mobilisesme.mobility.api;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.api.EntityTags;
import eu.mobilisesme.common.api.IfMatchValue;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.mobility.api.ApplicationResponses.Application;
import eu.mobilisesme.mobility.api.ApplicationResponses.Project;
import eu.mobilisesme.mobility.api.ApplicationResponses.Signature;
import eu.mobilisesme.mobility.service.LearningProjectService;
import io.smallrye.mutiny.Uni;

/** The learning project: numbered revisions by the sending company, signed by every party. */
@Cancellable(false)
@Path("/api/v1/mobility-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Learning project", description = "Revisions of the learning project and their signatures.")
@RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
public class LearningProjectResource {

    private final LearningProjectService service;
    private final CurrentActor currentActor;

    public LearningProjectResource(LearningProjectService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @PUT
    @Path("/{id}/learning-project")
    @Operation(operationId = "reviseLearningProject", summary = "Revise the learning project (sending company)",
            description = "In DRAFT or MATCHED, with the application's ETag in If-Match (428 without, 412 when "
                    + "stale), so two revisions cannot both pass unseen. Each revision gets the next number; "
                    + "signatures of earlier revisions no longer count. 422 DURATION_OUT_OF_POLICY, and once a host "
                    + "accepted HOST_AT_CAPACITY for the new dates.")
    @APIResponse(responseCode = "201", description = "The new revision; the ETag is the application's new version.",
            headers = @Header(ref = "ETag"), content = @Content(schema = @Schema(implementation = Project.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<Project>> revise(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull LearningProjectRequest request) {
        return service.revise(currentActor.get(), id, request.toProject(), EntityTags.expectedVersion(ifMatch))
                .map(seen -> RestResponse.ResponseBuilder
                        .create(RestResponse.Status.CREATED, Project.from(seen.application().getProjectRevision(),
                                seen.application().project()))
                        .header(HttpHeaders.ETAG, EntityTags.of(seen.application().getVersion()))
                        .build());
    }

    @GET
    @Path("/{id}/learning-project/revisions")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "listLearningProjectRevisions", summary = "Every revision, oldest first")
    @APIResponse(responseCode = "200", description = "The revisions.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Project.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Project>> revisions(@PathParam("id") UUID id) {
        return service.revisions(currentActor.get(), id).map(found -> found.stream().map(Project::from).toList());
    }

    @POST
    @Path("/{id}/signatures")
    @Operation(operationId = "signLearningProject",
            summary = "Sign a revision (sending company, host, sending facilitator)",
            description = "Signing an outdated revision is 409 OUTDATED_REVISION (with `currentRevision`); signing "
                    + "twice is 409 ALREADY_SIGNED. The last signature makes the application AGREEMENT_SIGNED.")
    @StepResponses
    public Uni<RestResponse<Application>> sign(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Signature request) {
        return service.sign(currentActor.get(), id, request.revision(), request.party(),
                EntityTags.expectedVersionIfGiven(ifMatch)).map(MobilityApplicationResource::tagged);
    }

    @GET
    @Path("/{id}/signatures")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "listLearningProjectSignatures", summary = "Every signature, by revision")
    @APIResponse(responseCode = "200", description = "The signatures.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Signature.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Signature>> signatures(@PathParam("id") UUID id) {
        Actor actor = currentActor.get();
        return service.signatures(actor, id).map(found -> found.stream()
                .map(signature -> Signature.from(signature, actor.mayIdentifyPeople())).toList());
    }
}
