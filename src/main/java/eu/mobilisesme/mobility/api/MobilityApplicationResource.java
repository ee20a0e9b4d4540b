package eu.mobilisesme.mobility.api;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.mobility.api.ApplicationResponses.Application;
import eu.mobilisesme.mobility.api.ApplicationResponses.Transition;
import eu.mobilisesme.mobility.domain.ApplicationAction;
import eu.mobilisesme.mobility.domain.MobilityApplication;
import eu.mobilisesme.mobility.service.MobilityApplicationService;
import eu.mobilisesme.mobility.service.MobilityApplicationService.View;
import io.smallrye.mutiny.Uni;

/**
 * Mobility applications and the steps of their life, each a typed action with its own body. Who may take a step
 * depends on the part the reader plays in the application (sending company, host, either facilitator, admin).
 */
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
    @APIResponse(responseCode = "201", description = "The draft.", headers = @Header(ref = "Location"),
            content = @Content(schema = @Schema(implementation = Application.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<Application>> draft(@Valid @NotNull ApplicationRequests.Draft request) {
        return service.draft(currentActor.get(), request.participantId(), request.collaborationType(),
                request.learningProject().toProject())
                .map(view -> RestResponse.ResponseBuilder
                        .<Application>created(URI.create("/api/v1/mobility-applications/" + view.application().getId()))
                        .entity(toResponse(view)).build());
    }

    @GET
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "listMobilityApplications", summary = "The applications the reader plays a part in",
            description = "Newest first. Administrators and partners with the scope `applications:read` see all.")
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
                .map(found -> Pages.of(found, limit, application -> Application.from(application, null),
                        application -> application.getCreatedAt().toString(), MobilityApplication::getId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "getMobilityApplication", summary = "An application, with what the reader may do now")
    @APIResponse(responseCode = "200", description = "The application.",
            content = @Content(schema = @Schema(implementation = Application.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Application> get(@PathParam("id") UUID id) {
        return service.get(currentActor.get(), id).map(MobilityApplicationResource::toResponse);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "getMobilityApplicationHistory", summary = "Every step: who, role, when, from, to, why")
    @APIResponse(responseCode = "200", description = "The history, oldest first.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Transition.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Transition>> history(@PathParam("id") UUID id) {
        return service.history(currentActor.get(), id)
                .map(transitions -> transitions.stream().map(Transition::from).toList());
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitMobilityApplication", summary = "Submit the draft (sending company)",
            description = "422 SENDER_NOT_VERIFIED, LARGE_COMPANY_CANNOT_SEND, COUNTRY_NOT_ELIGIBLE, "
                    + "DURATION_OUT_OF_POLICY, TOO_MANY_PARTICIPANTS, OVERLAPPING_MOBILITY, NO_FACILITATOR, "
                    + "PARTICIPANT_NOT_OF_COMPANY. The review is due within the call's review working days.")
    @StepResponses
    public Uni<Application> submit(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Note request) {
        return service.submit(currentActor.get(), id, request.note()).map(MobilityApplicationResource::toResponse);
    }

    @POST
    @Path("/{id}/start-review")
    @Operation(operationId = "startMobilityApplicationReview", summary = "Start the review (sending facilitator)")
    @StepResponses
    public Uni<Application> startReview(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.START_REVIEW, request.note());
    }

    @POST
    @Path("/{id}/hold")
    @Operation(operationId = "holdMobilityApplication", summary = "Ask for information (sending facilitator)",
            description = "The review deadline pauses until the company answers.")
    @StepResponses
    public Uni<Application> hold(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Reason request) {
        return service.hold(currentActor.get(), id, request.reason()).map(MobilityApplicationResource::toResponse);
    }

    @POST
    @Path("/{id}/respond")
    @Operation(operationId = "respondToMobilityApplicationHold", summary = "Answer a hold (sending company)",
            description = "The review resumes with the working days it had left.")
    @StepResponses
    public Uni<Application> respond(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Reason request) {
        return service.respond(currentActor.get(), id, request.reason()).map(MobilityApplicationResource::toResponse);
    }

    @POST
    @Path("/{id}/declare-eligible")
    @Operation(operationId = "declareMobilityApplicationEligible", summary = "Declare eligible (sending facilitator)")
    @StepResponses
    public Uni<Application> declareEligible(@PathParam("id") UUID id,
            @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.DECLARE_ELIGIBLE, request.note());
    }

    @POST
    @Path("/{id}/reject")
    @Operation(operationId = "rejectMobilityApplication", summary = "Reject, with a reason (sending facilitator)")
    @StepResponses
    public Uni<Application> reject(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Reason request) {
        return perform(id, ApplicationAction.REJECT, request.reason());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveMobilityApplication",
            summary = "Approve the signed agreement (sending facilitator or administrator)",
            description = "The stay is checked once more: 422 OVERLAPPING_MOBILITY.")
    @StepResponses
    public Uni<Application> approve(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Note request) {
        return service.approve(currentActor.get(), id, request.note()).map(MobilityApplicationResource::toResponse);
    }

    @POST
    @Path("/{id}/insurance")
    @Operation(operationId = "confirmMobilityInsurance", summary = "Confirm health insurance (sending company)")
    @StepResponses
    public Uni<Application> confirmInsurance(@PathParam("id") UUID id,
            @Valid @NotNull ApplicationRequests.Insurance request) {
        return service.confirmInsurance(currentActor.get(), id, request.reference().strip())
                .map(MobilityApplicationResource::toResponse);
    }

    @POST
    @Path("/{id}/confirm-arrival")
    @Operation(operationId = "confirmMobilityArrival", summary = "Confirm the participant's arrival (host)",
            description = "422 INSURANCE_MISSING until the sending company confirmed health insurance.")
    @StepResponses
    public Uni<Application> confirmArrival(@PathParam("id") UUID id,
            @Valid @NotNull ApplicationRequests.Arrival request) {
        return service.confirmArrival(currentActor.get(), id, request.arrivedOn())
                .map(MobilityApplicationResource::toResponse);
    }

    @POST
    @Path("/{id}/confirm-departure")
    @Operation(operationId = "confirmMobilityDeparture", summary = "Confirm the departure (host)",
            description = "Records the actual dates; the final reports are then due. 422 DEPARTURE_BEFORE_ARRIVAL.")
    @StepResponses
    public Uni<Application> confirmDeparture(@PathParam("id") UUID id,
            @Valid @NotNull ApplicationRequests.Departure request) {
        return service.confirmDeparture(currentActor.get(), id, request.departedOn())
                .map(MobilityApplicationResource::toResponse);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeMobilityApplication", summary = "Close the file (sending facilitator)")
    @StepResponses
    public Uni<Application> close(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.CLOSE, request.note());
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawMobilityApplication", summary = "Withdraw (sending company, before completion)")
    @StepResponses
    public Uni<Application> withdraw(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Note request) {
        return perform(id, ApplicationAction.WITHDRAW, request.note());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelMobilityApplication",
            summary = "Cancel, with a reason (a facilitator or administrator, before completion)")
    @StepResponses
    public Uni<Application> cancel(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequests.Reason request) {
        return perform(id, ApplicationAction.CANCEL, request.reason());
    }

    private Uni<Application> perform(UUID id, ApplicationAction action, String reason) {
        return service.perform(currentActor.get(), id, action, reason).map(MobilityApplicationResource::toResponse);
    }

    static Application toResponse(View view) {
        return Application.from(view.application(), view.allowedActions());
    }

    @Schema(name = "MobilityApplicationPage")
    record ApplicationPage(List<Application> items, String next) {
    }
}
