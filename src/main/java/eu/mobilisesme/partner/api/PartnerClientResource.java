package eu.mobilisesme.partner.api;

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
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.partner.domain.PartnerClient;
import eu.mobilisesme.partner.service.PartnerClientService;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/partner-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner clients", description = "The registered API clients of partner portals, and what they may do.")
public class PartnerClientResource {

    private static final String PATH = "/api/v1/partner-clients/";

    private final PartnerClientService service;
    private final CurrentActor currentActor;

    public PartnerClientResource(PartnerClientService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "registerPartnerClient", summary = "Register a partner portal's API client",
            description = "Its tokens (role `partner`, `sub` = the client id) are accepted from now on, with the "
                    + "scopes both this registration and the token grant.")
    @APIResponse(responseCode = "201", description = "Registered.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = PartnerClientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PartnerClientResponse>> register(@Valid @NotNull PartnerClientRequest request) {
        return service.register(currentActor.get(), request.toDetails())
                .map(client -> RestResponse.ResponseBuilder
                        .<PartnerClientResponse>created(URI.create(PATH + client.getId()))
                        .entity(PartnerClientResponse.from(client))
                        .header(HttpHeaders.ETAG, EntityTags.of(client.getVersion()))
                        .build());
    }

    @GET
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "listPartnerClients", summary = "List partner clients in client-id order")
    @APIResponse(responseCode = "200", description = "One page of clients.",
            content = @Content(schema = @Schema(implementation = PartnerClientPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<PartnerClientResponse>> list(
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.list(Pages.after(cursor), limit + 1)
                .map(clients -> Pages.of(clients, limit, PartnerClientResponse::from, PartnerClient::getClientId,
                        PartnerClient::getId));
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PARTNER)
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME))
    @Operation(operationId = "getOwnPartnerClient", summary = "Read the calling client's own registration",
            description = "Any registered, active client may read what it is granted: its scopes, webhook URL "
                    + "prefixes and rate-limit tier.")
    @APIResponse(responseCode = "200", description = "The caller's registration.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerClientResponse.class)))
    public Uni<RestResponse<PartnerClientResponse>> own() {
        return service.own(currentActor.get()).map(PartnerClientResource::withTag);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "getPartnerClient", summary = "Read a partner client")
    @APIResponse(responseCode = "200", description = "The client.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerClientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<PartnerClientResponse>> get(@PathParam("id") UUID id) {
        return service.get(id).map(PartnerClientResource::withTag);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "replacePartnerClient", summary = "Replace a partner client's details",
            description = "Takes effect on the client's next request: `active: false` stops its access at once, "
                    + "and its pending webhook deliveries are not sent. The client id cannot change.")
    @APIResponse(responseCode = "200", description = "The updated client.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PartnerClientResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<PartnerClientResponse>> replace(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull PartnerClientRequest request) {
        return service.update(currentActor.get(), id, EntityTags.expectedVersion(ifMatch), request.toDetails())
                .map(PartnerClientResource::withTag);
    }

    private static RestResponse<PartnerClientResponse> withTag(PartnerClient client) {
        return RestResponse.ResponseBuilder.ok(PartnerClientResponse.from(client))
                .header(HttpHeaders.ETAG, EntityTags.of(client.getVersion()))
                .build();
    }

    /** The page shape, named for the contract (generic records have no schema name of their own). */
    @Schema(name = "PartnerClientPage")
    record PartnerClientPage(List<PartnerClientResponse> items, String next) {
    }
}
