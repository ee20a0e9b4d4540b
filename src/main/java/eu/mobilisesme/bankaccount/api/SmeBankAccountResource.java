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
 * A company's bank account, where its grants are paid. The company's users give it and read it, the facilitator in
 * charge reads it and confirms a change made while payments are pending, administrators read it.
 */
@Cancellable(false)
@Path("/api/v1/smes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank accounts", description = "Where grants are paid (a company, or a participant where the call pays "
        + "the person) and where a paying facilitator's bank files take the money from. A change of a payee's "
        + "account while payments to it are pending waits for the confirmation of the facilitator in charge; the "
        + "account in use stays until then. Partner clients see no financial data.")
public class SmeBankAccountResource {

    private final BankAccounts service;
    private final CurrentActor currentActor;

    public SmeBankAccountResource(BankAccounts service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/{id}/bank-account")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getSmeBankAccount", summary = "The company's bank account",
            description = "The account in use and the one waiting for confirmation, if any. For the company, the "
                    + "facilitator in charge of it and administrators; 404 for anyone else, and when the company has "
                    + "given no account.")
    @APIResponse(responseCode = "200", description = "The company's accounts.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<BankAccountsResponse>> get(@PathParam("id") UUID id) {
        return service.current(currentActor.get(), AccountOwner.sme(id)).map(BankAccountResponses::ok);
    }

    @PUT
    @Path("/{id}/bank-account")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "giveSmeBankAccount", summary = "Give the company's bank account (the company)",
            description = "The first account is in use at once (201). A change is in use at once too, unless "
                    + "payments to the company are pending or approved: then it waits for the facilitator in charge "
                    + "to confirm it, and the account in use stays until then (`awaitingConfirmation`). Giving the "
                    + "account in use again withdraws a waiting one; repeating a request changes nothing. A change "
                    + "needs the ETag in If-Match (428 without). Only the company's own users (403 for the "
                    + "facilitator and administrators).")
    @APIResponse(responseCode = "200", description = "Changed, or unchanged by a repeated request.",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "201", description = "The company's first account, in use.",
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
        return service.give(currentActor.get(), AccountOwner.sme(id), EntityTags.expectedVersion(ifMatch),
                request.toDetails()).map(BankAccountResponses::given);
    }

    @POST
    @Path("/{id}/bank-account/confirmation")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "confirmSmeBankAccount",
            summary = "Confirm the company's waiting bank account (facilitator in charge)",
            description = "The waiting account, named by its id, is in use from now on; the old one is superseded. "
                    + "Only the active facilitator in charge of the company, and not the person who gave the "
                    + "account. 409 BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION when the account named is not the one "
                    + "waiting (it was replaced, withdrawn or decided meanwhile).")
    @APIResponse(responseCode = "200", description = "The company's accounts now.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Uni<RestResponse<BankAccountsResponse>> confirm(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull DecisionRequests.Confirmation request) {
        return service.confirm(currentActor.get(), AccountOwner.sme(id), request.accountId(),
                EntityTags.expectedVersionIfGiven(ifMatch)).map(BankAccountResponses::ok);
    }

    @POST
    @Path("/{id}/bank-account/refusal")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "refuseSmeBankAccount",
            summary = "Refuse the company's waiting bank account (facilitator in charge)",
            description = "The waiting account, named by its id, is refused with a reason; the account in use stays. "
                    + "Who may, and the 409, as for the confirmation.")
    @APIResponse(responseCode = "200", description = "The company's accounts now.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Uni<RestResponse<BankAccountsResponse>> refuse(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull DecisionRequests.Refusal request) {
        return service.refuse(currentActor.get(), AccountOwner.sme(id), request.accountId(),
                EntityTags.expectedVersionIfGiven(ifMatch), request.reason().strip()).map(BankAccountResponses::ok);
    }

    @GET
    @Path("/{id}/bank-account/history")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listSmeBankAccountHistory", summary = "Every bank account the company gave",
            description = "Newest first, with who gave, confirmed or refused each and when. Readers as for the "
                    + "account.")
    @APIResponse(responseCode = "200", description = "One page of accounts.",
            content = @Content(schema = @Schema(implementation = BankAccountResponses.BankAccountPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Page<BankAccountResponse>> history(@PathParam("id") UUID id,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.history(currentActor.get(), AccountOwner.sme(id), Pages.after(cursor), limit + 1)
                .map(found -> BankAccountResponses.page(found, limit));
    }
}
