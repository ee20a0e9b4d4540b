package eu.mobilisesme.sme.api;

import java.util.List;
import java.util.Optional;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.sme.domain.SmeSnapshot;
import eu.mobilisesme.sme.domain.VerificationDecision;
import eu.mobilisesme.sme.service.SmeVerificationService;
import io.smallrye.mutiny.Uni;

/**
 * Verification of registrations. Each decision is its own action with its own body; a decision the current status
 * does not allow is a 409 naming the status and the allowed actions.
 */
@Cancellable(false)
@Path("/api/v1/smes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SME verification", description = "Facilitators' decisions on registrations, and their review queue.")
public class SmeVerificationResource {

    private final SmeVerificationService service;
    private final CurrentActor currentActor;

    public SmeVerificationResource(SmeVerificationService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "verifySme", summary = "Verify a registration (from pending or on hold)")
    @DecisionResponses
    public Uni<RestResponse<SmeResponse>> verify(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull VerificationRequests.Verify request) {
        return decide(id, VerificationDecision.VERIFY, request.note(), ifMatch);
    }

    @POST
    @Path("/{id}/hold")
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "holdSme", summary = "Put a pending registration on hold, asking for information")
    @DecisionResponses
    public Uni<RestResponse<SmeResponse>> hold(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull VerificationRequests.Hold request) {
        return decide(id, VerificationDecision.HOLD, request.message(), ifMatch);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "rejectSme", summary = "Reject a registration (from pending or on hold)")
    @DecisionResponses
    public Uni<RestResponse<SmeResponse>> reject(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull VerificationRequests.Reject request) {
        return decide(id, VerificationDecision.REJECT, request.reason(), ifMatch);
    }

    @POST
    @Path("/{id}/facilitator")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "assignSmeFacilitator", summary = "Assign the company to a facilitator",
            description = "The facilitator must be active and cover the company's country (422 "
                    + "FACILITATOR_NOT_AVAILABLE).")
    @APIResponse(responseCode = "200", description = "The company with its new facilitator.",
            headers = @Header(ref = "ETag"), content = @Content(schema = @Schema(implementation = SmeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<SmeResponse>> assignFacilitator(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull VerificationRequests.AssignFacilitator request) {
        return service.assignFacilitator(currentActor.get(), id, request.facilitatorId(),
                EntityTags.expectedVersionIfGiven(ifMatch))
                .map(sme -> SmeResource.withTag(sme, RestResponse.Status.OK));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.CATALOGUE_READ))
    @Operation(operationId = "getSmeHistory", summary = "The registration's history, oldest first",
            description = "For those who see the company in full; 404 for everyone else.")
    @APIResponse(responseCode = "200", description = "Every status change: who, in which role, when, from, to, why.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StatusChangeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<StatusChangeResponse>> history(@PathParam("id") UUID id) {
        Actor actor = currentActor.get();
        return service.history(actor, id).map(changes -> changes.stream()
                .map(change -> StatusChangeResponse.from(change, actor.mayIdentifyPeople())).toList());
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed({ Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listSmeReviewQueue", summary = "Registrations waiting for a decision, by due date",
            description = "A facilitator sees its own queue (asking for another's is 403); an administrator sees "
                    + "everyone's or one facilitator's. Overdue items come first, as their due date is earliest.")
    @APIResponse(responseCode = "200", description = "One page of the queue.",
            content = @Content(schema = @Schema(implementation = ReviewQueuePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<ReviewQueueItem>> reviewQueue(
            @Parameter(description = "Only this facilitator's queue.") @QueryParam("facilitatorId") UUID facilitatorId,
            @Parameter(description = "Only registrations past their due date.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdueOnly") @Pattern(regexp = "true|false", message = "must be true or false")
            String overdueOnly,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        var today = service.today();
        return service.reviewQueue(currentActor.get(), Optional.ofNullable(facilitatorId),
                Boolean.parseBoolean(overdueOnly), Pages.after(cursor), limit + 1)
                .map(queue -> Pages.of(queue, limit, sme -> ReviewQueueItem.from(sme, today),
                        sme -> sme.reviewDueOn().toString(), SmeSnapshot::id));
    }

    private Uni<RestResponse<SmeResponse>> decide(UUID id, VerificationDecision decision, String reason,
            String ifMatch) {
        return service.decide(currentActor.get(), id, decision, reason, EntityTags.expectedVersionIfGiven(ifMatch))
                .map(sme -> SmeResource.withTag(sme, RestResponse.Status.OK));
    }

    @Schema(name = "ReviewQueuePage")
    record ReviewQueuePage(List<ReviewQueueItem> items, String next) {
    }
}
