package eu.mobilisesme.mobility.api;

import java.net.URI;
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
import eu.mobilisesme.mobility.api.ApplicationResponses.Application;
import eu.mobilisesme.mobility.api.ApplicationResponses.Step;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.SeenApplication;
import eu.mobilisesme.mobility.service.MobilityApplicationService;
import io.smallrye.mutiny.Uni;

/**
 * Mobility applications and the steps of their life, each a typed action with its own body. Who may take a step
 * depends on the part the reader plays in the application (sending company, host, either facilitator, admin). Every
 * step accepts the application's ETag in {@code If-Match}: a step based on an older version is refused (412).
 */
@Cancellable(false)
@Path("/api/v1/mobility-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mobility applications", description = "Applications and their workflow, from draft to closed.")
@RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
public class MobilityApplicationResource {

    private final MobilityApplicationService service;
    private final CurrentActor currentActor;

    public MobilityApplicationResource(MobilityApplicationService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed(Roles.SME)
    @Operation(operationId = "draftMobilityApplication", summary = "Draft an application (sending company)",
            description = "Under the call in force, for a person of the company. 422 DURATION_OUT_OF_POLICY, "
                    + "PARTICIPANT_NOT_OF_COMPANY, NO_OPEN_CALL.")
    @APIResponse(responseCode = "201", description = "The draft.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = Application.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<Application>> draft(@Valid @NotNull ApplicationRequests.Draft request) {
        return service.draft(currentActor.get(), request.participantId(), request.collaborationType(),
                request.learningProject().toProject())
                .map(seen -> RestResponse.ResponseBuilder
                        .<Application>created(URI.create("/api/v1/mobility-applications/" + seen.application().getId()))
                        .entity(Application.from(seen))
                        .header(HttpHeaders.ETAG, EntityTags.of(seen.application().getVersion()))
                        .build());
    }

    @GET
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "listMobilityApplications", summary = "The applications the reader plays a part in",
            description = "Newest first. Administrators see all; a partner with the scope `applications:read` those of "
                    + "the companies it registered; a company with an open proposal the application it may answer, "
                    + "in the PROPOSAL view.")
    @APIResponse(responseCode = "200", description = "One page of applications.",
            content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<Application>> list(
            @Parameter(description = "Only applications past their due date.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdueOnly") @Pattern(regexp = "true|false", message = "must be true or false")
            String overdueOnly,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.list(currentActor.get(), Boolean.parseBoolean(overdueOnly), Pages.after(cursor), limit + 1)
                .map(found -> Pages.of(found, limit, Application::from,
                        seen -> seen.application().getCreatedAt().toString(), seen -> seen.application().getId()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "getMobilityApplication", summary = "An application, with what the reader may do now")
    @APIResponse(responseCode = "200", description = "The application.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = Application.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<Application>> get(@PathParam("id") UUID id) {
        return service.get(currentActor.get(), id).map(MobilityApplicationResource::tagged);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "getMobilityApplicationHistory", summary = "Every step: who, role, when, what, why",
            description = "Status changes, and the steps that keep the status: proposals sent, accepted and declined, "
                    + "learning project revisions, signatures, the insurance, the final reports.")
    @APIResponse(responseCode = "200", description = "The history, oldest first.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Step.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Step>> history(@PathParam("id") UUID id) {
        Actor actor = currentActor.get();
        return service.history(actor, id).map(steps -> steps.stream()
                .map(step -> Step.from(step, actor.mayIdentifyPeople())).toList());
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitMobilityApplication", summary = "Submit the draft (sending company)",
            description = "To the facilitator in charge of the company now. 422 SENDER_NOT_VERIFIED, "
                    + "LARGE_COMPANY_CANNOT_SEND, COUNTRY_NOT_ELIGIBLE, DURATION_OUT_OF_POLICY, TOO_MANY_PARTICIPANTS, "
                    + "OVERLAPPING_MOBILITY, NO_FACILITATOR, PARTICIPANT_NOT_OF_COMPANY. The review is due within the "
                    + "call's review working days.")
    @StepResponses
    public Uni<RestResponse<Application>> submit(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Note request) {
        return service.submit(currentActor.get(), id, request.note(), EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/start-review")
    @Operation(operationId = "startMobilityApplicationReview", summary = "Start the review (sending facilitator)")
    @StepResponses
    public Uni<RestResponse<Application>> startReview(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.START_REVIEW, request.note(), ifMatch);
    }

    @POST
    @Path("/{id}/hold")
    @Operation(operationId = "holdMobilityApplication", summary = "Ask for information (sending facilitator)",
            description = "The review deadline pauses until the company answers.")
    @StepResponses
    public Uni<RestResponse<Application>> hold(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Reason request) {
        return service.hold(currentActor.get(), id, request.reason(), EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/respond")
    @Operation(operationId = "respondToMobilityApplicationHold", summary = "Answer a hold (sending company)",
            description = "The review resumes with the working days it had left.")
    @StepResponses
    public Uni<RestResponse<Application>> respond(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Reason request) {
        return service.respond(currentActor.get(), id, request.reason(), EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/declare-eligible")
    @Operation(operationId = "declareMobilityApplicationEligible", summary = "Declare eligible (sending facilitator)")
    @StepResponses
    public Uni<RestResponse<Application>> declareEligible(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.DECLARE_ELIGIBLE, request.note(), ifMatch);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(operationId = "rejectMobilityApplication", summary = "Reject, with a reason (sending facilitator)")
    @StepResponses
    public Uni<RestResponse<Application>> reject(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Reason request) {
        return perform(id, ApplicationAction.REJECT, request.reason(), ifMatch);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveMobilityApplication",
            summary = "Approve the signed agreement (sending facilitator or administrator)",
            description = "What may have changed since the submission is checked once more: 422 SENDER_NOT_VERIFIED, "
                    + "HOST_NOT_VERIFIED, HOST_NOT_HOSTING, HOST_AT_CAPACITY, OVERLAPPING_MOBILITY. The grant is "
                    + "computed on the planned dates and committed on the chosen budget line, or on the first "
                    + "eligible line by priority that has room: 422 BUDGET_EXHAUSTED when none has (nothing changes), "
                    + "BUDGET_LINE_NOT_ELIGIBLE when the chosen line does not fund the sending company.")
    @StepResponses
    public Uni<RestResponse<Application>> approve(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Approval request) {
        return service.approve(currentActor.get(), id, request.note(), Optional.ofNullable(request.budgetLineId()),
                EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/insurance")
    @Operation(operationId = "confirmMobilityInsurance", summary = "Confirm health insurance (sending company)",
            description = "Once: 409 INSURANCE_ALREADY_CONFIRMED.")
    @StepResponses
    public Uni<RestResponse<Application>> confirmInsurance(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Insurance request) {
        return service.confirmInsurance(currentActor.get(), id, request.reference().strip(), EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/confirm-arrival")
    @Operation(operationId = "confirmMobilityArrival", summary = "Confirm the participant's arrival (host)",
            description = "On the day or later, never before the health insurance was confirmed, and within the "
                    + "planned stay give or take the call's `stayDatesToleranceDays`. 422 INSURANCE_MISSING, "
                    + "DATE_IN_FUTURE, ARRIVAL_BEFORE_INSURANCE, DATE_OUTSIDE_PLANNED_STAY.")
    @StepResponses
    public Uni<RestResponse<Application>> confirmArrival(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Arrival request) {
        return service.confirmArrival(currentActor.get(), id, request.arrivedOn(), EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/confirm-departure")
    @Operation(operationId = "confirmMobilityDeparture", summary = "Confirm the departure (host)",
            description = "Records the actual dates; the final reports are then due. As for the arrival, and not "
                    + "before it: 422 DATE_IN_FUTURE, DATE_OUTSIDE_PLANNED_STAY, DEPARTURE_BEFORE_ARRIVAL.")
    @StepResponses
    public Uni<RestResponse<Application>> confirmDeparture(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Departure request) {
        return service.confirmDeparture(currentActor.get(), id, request.departedOn(), EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeMobilityApplication", summary = "Close the file (sending facilitator)",
            description = "Once the three final reports are in, so never before the departure.")
    @StepResponses
    public Uni<RestResponse<Application>> close(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.CLOSE, request.note(), ifMatch);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawMobilityApplication", summary = "Withdraw (sending company, before completion)")
    @StepResponses
    public Uni<RestResponse<Application>> withdraw(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.WITHDRAW, request.note(), ifMatch);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelMobilityApplication",
            summary = "Cancel, with a reason (a facilitator or administrator, before completion)")
    @StepResponses
    public Uni<RestResponse<Application>> cancel(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Reason request) {
        return perform(id, ApplicationAction.CANCEL, request.reason(), ifMatch);
    }

    private Uni<RestResponse<Application>> perform(UUID id, ApplicationAction action, String reason, String ifMatch) {
        return service.perform(currentActor.get(), id, action, reason, EntityTags.expectedVersionIfGiven(ifMatch))
                .map(MobilityApplicationResource::tagged);
    }

    /** The application with its version as the ETag, for the reader's next step. */
    static RestResponse<Application> tagged(SeenApplication seen) {
        return RestResponse.ResponseBuilder.ok(Application.from(seen))
                .header(HttpHeaders.ETAG, EntityTags.of(seen.application().getVersion()))
                .build();
    }

    @Schema(name = "MobilityApplicationPage")
    record ApplicationPage(List<Application> items, String next) {
    }
}
