package eu.mobilisesme.bankaccount.api;

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

import eu.mobilisesme.bankaccount.service.AccountOwner;
import eu.mobilisesme.bankaccount.service.BankAccounts;
import eu.mobilisesme.common.api.EntityTags;
import eu.mobilisesme.common.api.IfMatchValue;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import io.smallrye.mutiny.Uni;

/**
 * A paying facilitator's bank account: the debtor account of its bank files. Administrators give it; the
 * facilitator's own users and administrators read it. A facilitator is never paid, so a change is in use at once.
 */
@Cancellable(false)
@Path("/api/v1/facilitators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank accounts")
public class FacilitatorBankAccountResource {

    private final BankAccounts service;
    private final CurrentActor currentActor;

    public FacilitatorBankAccountResource(BankAccounts service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/{id}/bank-account")
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getFacilitatorBankAccount", summary = "The facilitator's bank account",
            description = "The account its bank files take the money from. For the facilitator's own users and "
                    + "administrators; 404 for other facilitators, and when no account was given.")
    @APIResponse(responseCode = "200", description = "The facilitator's account.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<BankAccountsResponse>> get(@PathParam("id") UUID id) {
        return service.current(currentActor.get(), AccountOwner.facilitator(id)).map(BankAccountResponses::ok);
    }

    @PUT
    @Path("/{id}/bank-account")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "giveFacilitatorBankAccount",
            summary = "Give the facilitator's bank account (administrators)",
            description = "In use at once: the first (201) and every change (200), which needs the ETag in If-Match "
                    + "(428 without). Bank files made before keep the account they were made with.")
    @APIResponse(responseCode = "200", description = "Changed, or unchanged by a repeated request.",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "201", description = "The facilitator's first account, in use.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<BankAccountsResponse>> give(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull BankAccountRequest request) {
        return service.give(currentActor.get(), AccountOwner.facilitator(id), EntityTags.expectedVersion(ifMatch),
                request.toDetails()).map(BankAccountResponses::given);
    }

    @GET
    @Path("/{id}/bank-account/history")
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listFacilitatorBankAccountHistory", summary = "Every bank account the facilitator had",
            description = "Newest first, with who gave each and when. Readers as for the account.")
    @APIResponse(responseCode = "200", description = "One page of accounts.",
            content = @Content(schema = @Schema(implementation = BankAccountResponses.BankAccountPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Page<BankAccountResponse>> history(@PathParam("id") UUID id,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.history(currentActor.get(), AccountOwner.facilitator(id), Pages.after(cursor), limit + 1)
                .map(found -> BankAccountResponses.page(found, limit));
    }
}
