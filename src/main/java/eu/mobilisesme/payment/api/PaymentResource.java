package eu.mobilisesme.payment.api;

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
import eu.mobilisesme.common.api.IdempotencyKey;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.IdempotentRequest;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.payment.domain.Payment;
import eu.mobilisesme.payment.domain.PaymentStatus;
import eu.mobilisesme.payment.service.Payments;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Grant instalments paid by the sending side's facilitator, and recoveries.")
public class PaymentResource {

    /** Answers a repeated request, so a client can tell it from the first (the body is the same). */
    static final String REPLAYED = "Idempotent-Replayed";

    private final Payments service;
    private final CurrentActor currentActor;

    public PaymentResource(Payments service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "createPayment", summary = "Create the payment of what is due (paying facilitator)",
            description = "The amount comes from the grant: pre-financing (the call's share) once the arrival is "
                    + "confirmed, the balance or a recovery once the final reports are in. 422 INSTALMENT_NOT_DUE, "
                    + "NOTHING_DUE; 409 INSTALMENT_ALREADY_ISSUED when a live payment of that instalment exists.")
    @APIResponse(responseCode = "201", description = "Created, or created before with the same key and body.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location"), @Header(ref = REPLAYED) },
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PaymentResponse>> create(
            @Parameter(ref = "IdempotencyKey") @HeaderParam(IdempotencyKey.HEADER) @IdempotencyKey
            String idempotencyKey, @Valid @NotNull PaymentRequest request) {
        var actor = currentActor.get();
        return service.create(actor, IdempotentRequest.of(actor, idempotencyKey, "createPayment",
                request.canonical()),
                request.applicationId(), request.instalment()).map(PaymentResource::created);
    }

    @GET
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.FACILITATOR, Roles.SME })
    @Operation(operationId = "listPayments", summary = "List the payments the caller may see, newest first",
            description = "Administrators see all, a facilitator those it pays, a company those of its mobilities.")
    @APIResponse(responseCode = "200", description = "One page of payments.",
            content = @Content(schema = @Schema(implementation = PaymentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<PaymentResponse>> list(@Parameter(description = "Only payments in this status.")
            @QueryParam("status") PaymentStatus status,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.list(currentActor.get(), status, Pages.after(cursor), limit + 1).map(payments -> Pages.of(
                payments, limit, PaymentResponse::from, payment -> payment.getCreatedAt().toString(),
                Payment::getId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.FACILITATOR, Roles.SME })
    @Operation(operationId = "getPayment", summary = "Read a payment")
    @APIResponse(responseCode = "200", description = "The payment.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<PaymentResponse>> get(@PathParam("id") UUID id) {
        return service.get(currentActor.get(), id).map(PaymentResource::ok);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "approvePayment", summary = "Approve a pending payment (a second person)",
            description = "Four eyes: its creator cannot approve it (403 FOUR_EYES_REQUIRED). The payee's bank "
                    + "account in use now is copied into the payment (422 BANK_ACCOUNT_MISSING without one).")
    @APIResponse(responseCode = "200", description = "The approved payment.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PaymentResponse>> approve(@PathParam("id") UUID id,
            @Valid @NotNull PaymentNote request) {
        return service.approve(currentActor.get(), id, request.note()).map(PaymentResource::ok);
    }

    @POST
    @Path("/{id}/reissue")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "reissuePayment", summary = "Issue a failed payment again, as a new pending payment")
    @APIResponse(responseCode = "201", description = "The new payment, or the one created before with this key.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location"), @Header(ref = REPLAYED) },
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PaymentResponse>> reissue(@PathParam("id") UUID id,
            @Parameter(ref = "IdempotencyKey") @HeaderParam(IdempotencyKey.HEADER) @IdempotencyKey
            String idempotencyKey, @Valid @NotNull PaymentNote request) {
        var actor = currentActor.get();
        return service.reissue(actor, IdempotentRequest.of(actor, idempotencyKey, "reissuePayment",
                id + "|" + request.note()), id, request.note())
                .map(PaymentResource::created);
    }

    @POST
    @Path("/{id}/receipt")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(operationId = "receiveRecovery", summary = "Record that a recovery order was paid back")
    @APIResponse(responseCode = "200", description = "The settled recovery order.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Uni<RestResponse<PaymentResponse>> receive(@PathParam("id") UUID id,
            @Valid @NotNull PaymentNote request) {
        return service.received(currentActor.get(), id, request.note()).map(PaymentResource::ok);
    }

    private static RestResponse<PaymentResponse> created(Payments.Outcome outcome) {
        Payment payment = outcome.payment();
        return RestResponse.ResponseBuilder
                .<PaymentResponse>created(URI.create("/api/v1/payments/" + payment.getId()))
                .entity(PaymentResponse.from(payment))
                .header(HttpHeaders.ETAG, EntityTags.of(payment.getVersion()))
                .header(REPLAYED, String.valueOf(!outcome.created()))
                .build();
    }

    private static RestResponse<PaymentResponse> ok(Payment payment) {
        return RestResponse.ResponseBuilder.ok(PaymentResponse.from(payment))
                .header(HttpHeaders.ETAG, EntityTags.of(payment.getVersion()))
                .build();
    }

    /** The page shape, named for the contract. */
    @Schema(name = "PaymentPage")
    record PaymentPage(List<PaymentResponse> items, String next) {
    }
}
