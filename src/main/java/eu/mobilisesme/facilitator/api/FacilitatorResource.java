package eu.mobilisesme.facilitator.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.common.api.EntityTags;
import eu.mobilisesme.common.api.IfMatchValue;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.facilitator.domain.Facilitator;
import eu.mobilisesme.facilitator.service.FacilitatorService;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/facilitators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilitators", description = "Facilitator organisations (Local Contact Points).")
public class FacilitatorResource {

    private final FacilitatorService service;
    private final CurrentActor currentActor;

    public FacilitatorResource(FacilitatorService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "createFacilitator", summary = "Register a facilitator organisation")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = FacilitatorResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Uni<RestResponse<FacilitatorResponse>> create(@Valid @NotNull FacilitatorRequest request) {
        return service.create(currentActor.get(), request.toDetails())
                .map(facilitator -> RestResponse.ResponseBuilder
                        .<FacilitatorResponse>created(URI.create("/api/v1/facilitators/" + facilitator.getId()))
                        .entity(FacilitatorResponse.from(facilitator))
                        .header(HttpHeaders.ETAG, EntityTags.of(facilitator.getVersion()))
                        .build());
    }

    @GET
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME))
    @Operation(operationId = "listFacilitators", summary = "List facilitator organisations in name order")
    @APIResponse(responseCode = "200", description = "One page of facilitators.",
            content = @Content(schema = @Schema(implementation = FacilitatorPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<FacilitatorResponse>> list(
            @Parameter(description = "Only facilitators covering this country.") @QueryParam("coveredCountry")
            @CountryCode String coveredCountry,
            @Parameter(description = "Only active (`true`) or inactive (`false`) ones.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") @Pattern(regexp = "true|false", message = "must be true or false") String active,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        Boolean activeOnly = active == null ? null : Boolean.valueOf(active);
        return service.list(coveredCountry, activeOnly, Pages.after(cursor), limit + 1)
                .map(facilitators -> Pages.of(facilitators, limit, FacilitatorResponse::from, Facilitator::getName,
                        Facilitator::getId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME))
    @Operation(operationId = "getFacilitator", summary = "Read a facilitator organisation")
    @APIResponse(responseCode = "200", description = "The facilitator.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FacilitatorResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<FacilitatorResponse>> get(@PathParam("id") UUID id) {
        return service.get(id).map(FacilitatorResource::withTag);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "replaceFacilitator", summary = "Replace a facilitator organisation's details")
    @APIResponse(responseCode = "200", description = "The updated facilitator.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = FacilitatorResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<FacilitatorResponse>> replace(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull FacilitatorRequest request) {
        return service.update(currentActor.get(), id, EntityTags.expectedVersion(ifMatch), request.toDetails())
                .map(FacilitatorResource::withTag);
    }

    private static RestResponse<FacilitatorResponse> withTag(Facilitator facilitator) {
        return RestResponse.ResponseBuilder.ok(FacilitatorResponse.from(facilitator))
                .header(HttpHeaders.ETAG, EntityTags.of(facilitator.getVersion()))
                .build();
    }

    /** The page shape, named for the contract (generic records have no schema name of their own). */
    @Schema(name = "FacilitatorPage")
    record FacilitatorPage(List<FacilitatorResponse> items, String next) {
    }
}
