package eu.mobilisesme.budget.api;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.budget.domain.BudgetLine;
import eu.mobilisesme.budget.service.BudgetLines;
import eu.mobilisesme.common.api.EntityTags;
import eu.mobilisesme.common.api.IfMatchValue;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/budget-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget lines", description = "The money grants are committed on; never committed or paid beyond it.")
public class BudgetLineResource {

    private final BudgetLines service;
    private final CurrentActor currentActor;

    public BudgetLineResource(BudgetLines service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "createBudgetLine", summary = "Open a budget line for a call")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = BudgetLineResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<BudgetLineResponse>> create(@Valid @NotNull BudgetLineRequest request) {
        return service.create(currentActor.get(), request.callId(), request.code(), request.toTerms())
                .map(line -> RestResponse.ResponseBuilder
                        .<BudgetLineResponse>created(URI.create("/api/v1/budget-lines/" + line.getId()))
                        .entity(BudgetLineResponse.from(line))
                        .header(HttpHeaders.ETAG, EntityTags.of(line.getVersion()))
                        .build());
    }

    @GET
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.FACILITATOR })
    @Operation(operationId = "listBudgetLines", summary = "List budget lines in code order")
    @APIResponse(responseCode = "200", description = "One page of budget lines.",
            content = @Content(schema = @Schema(implementation = BudgetLinePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<BudgetLineResponse>> list(
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.list(Pages.after(cursor), limit + 1).map(lines -> Pages.of(lines, limit,
                BudgetLineResponse::from, BudgetLine::getCode, BudgetLine::getId));
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "reconcileBudgetLines",
            summary = "Check every line's committed and paid amounts against the sums of its ledger entries")
    @APIResponse(responseCode = "200", description = "The check, line by line.",
            content = @Content(schema = @Schema(implementation = ReconciliationResponse.class)))
    public Uni<ReconciliationResponse> reconcile() {
        return service.reconcile().map(ReconciliationResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.FACILITATOR })
    @Operation(operationId = "getBudgetLine", summary = "Read a budget line: amount, committed, paid, available")
    @APIResponse(responseCode = "200", description = "The line.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BudgetLineResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<BudgetLineResponse>> get(@PathParam("id") UUID id) {
        return service.get(id).map(BudgetLineResource::withTag);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "replaceBudgetLine", summary = "Change a budget line's name, funder, amount, priority "
            + "or countries; never below what is committed and paid")
    @APIResponse(responseCode = "200", description = "The updated line.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BudgetLineResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<BudgetLineResponse>> replace(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull BudgetLineRequest request) {
        return service.amend(currentActor.get(), id, EntityTags.expectedVersion(ifMatch), request.callId(),
                request.code(), request.toTerms()).map(BudgetLineResource::withTag);
    }

    private static RestResponse<BudgetLineResponse> withTag(BudgetLine line) {
        return RestResponse.ResponseBuilder.ok(BudgetLineResponse.from(line))
                .header(HttpHeaders.ETAG, EntityTags.of(line.getVersion()))
                .build();
    }

    /** The page shape, named for the contract. */
    @Schema(name = "BudgetLinePage")
    record BudgetLinePage(List<BudgetLineResponse> items, String next) {
    }
}
