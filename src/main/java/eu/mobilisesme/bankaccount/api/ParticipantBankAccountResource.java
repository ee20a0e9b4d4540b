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
 * A participant's bank account, where their grants are paid when the call pays the person. Participants are not users
 * of the service: their company gives and reads the account, the facilitator in charge of the company reads it and
 * confirms a change made while payments are pending, administrators read it. Erased with the person's data.
 */
@Cancellable(false)
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank accounts")
public class ParticipantBankAccountResource {

    private final BankAccounts service;
    private final CurrentActor currentActor;

    public ParticipantBankAccountResource(BankAccounts service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/{id}/bank-account")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getParticipantBankAccount", summary = "The participant's bank account",
            description = "The account in use and the one waiting for confirmation, if any. For the participant's "
                    + "company, the facilitator in charge of it and administrators; 404 for anyone else, when no "
                    + "account was given, and once the person's data was erased.")
    @APIResponse(responseCode = "200", description = "The participant's accounts.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<BankAccountsResponse>> get(@PathParam("id") UUID id) {
        return service.current(currentActor.get(), AccountOwner.participant(id)).map(BankAccountResponses::ok);
    }

    @PUT
    @Path("/{id}/bank-account")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "giveParticipantBankAccount",
            summary = "Give the participant's bank account (their company)",
            description = "As for a company's account: the first is in use at once (201), a change while payments "
                    + "to the person are pending or approved waits for the facilitator in charge of the company. "
                    + "Only the company's own users (403 for the facilitator and administrators). 409 "
                    + "PARTICIPANT_ERASED once the person's data was erased.")
    @APIResponse(responseCode = "200", description = "Changed, or unchanged by a repeated request.",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "201", description = "The participant's first account, in use.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = BankAccountsResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<BankAccountsResponse>> give(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull BankAccountRequest request) {
        return service.give(currentActor.get(), AccountOwner.participant(id), EntityTags.expectedVersion(ifMatch),
                request.toDetails()).map(BankAccountResponses::given);
    }

    @POST
    @Path("/{id}/bank-account/confirmation")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "confirmParticipantBankAccount",
            summary = "Confirm the participant's waiting bank account (facilitator in charge)",
            description = "As for a company's account: only the active facilitator in charge of the participant's "
                    + "company. 409 BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION when the account named is not the one "
                    + "waiting, PARTICIPANT_ERASED once the person's data was erased.")
    @APIResponse(responseCode = "200", description = "The participant's accounts now.", headers = @Header(ref = "ETag"),
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
        return service.confirm(currentActor.get(), AccountOwner.participant(id), request.accountId(),
                EntityTags.expectedVersionIfGiven(ifMatch)).map(BankAccountResponses::ok);
    }

    @POST
    @Path("/{id}/bank-account/refusal")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "refuseParticipantBankAccount",
            summary = "Refuse the participant's waiting bank account (facilitator in charge)",
            description = "The waiting account, named by its id, is refused with a reason; the account in use stays. "
                    + "Who may, and the 409, as for the confirmation.")
    @APIResponse(responseCode = "200", description = "The participant's accounts now.", headers = @Header(ref = "ETag"),
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
        return service.refuse(currentActor.get(), AccountOwner.participant(id), request.accountId(),
                EntityTags.expectedVersionIfGiven(ifMatch), request.reason().strip()).map(BankAccountResponses::ok);
    }

    @GET
    @Path("/{id}/bank-account/history")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listParticipantBankAccountHistory",
            summary = "Every bank account given for the participant",
            description = "Newest first, with who gave, confirmed or refused each and when; once the person's data "
                    + "was erased, without holder, IBAN and BIC. Readers as for the account.")
    @APIResponse(responseCode = "200", description = "One page of accounts.",
            content = @Content(schema = @Schema(implementation = BankAccountResponses.BankAccountPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Page<BankAccountResponse>> history(@PathParam("id") UUID id,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.history(currentActor.get(), AccountOwner.participant(id), Pages.after(cursor), limit + 1)
                .map(found -> BankAccountResponses.page(found, limit));
    }
}
