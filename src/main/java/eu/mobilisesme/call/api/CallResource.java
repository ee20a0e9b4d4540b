package eu.mobilisesme.call.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.call.service.CallService;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Calls of the programme and the versions of their rules.")
public class CallResource {

    private final CallService service;
    private final CurrentActor currentActor;

    public CallResource(CallService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "createCall", summary = "Open a call with its first rules",
            description = "409 DUPLICATE_CALL for a code in use; 422 CALL_CLOSES_BEFORE_IT_OPENS, "
                    + "DURATION_RANGE_INVALID.")
    @APIResponse(responseCode = "201", description = "Created.", headers = @Header(ref = "Location"),
            content = @Content(schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<CallResponse>> create(@Valid @NotNull CallRequest request) {
        return service.create(currentActor.get(), request.code(), request.title().strip(), request.opensOn(),
                request.closesOn(), request.targets().toTargets(), request.reportingRules(), request.policy().toRules())
                .map(created -> RestResponse.ResponseBuilder
                        .<CallResponse>created(URI.create("/api/v1/calls/" + created.call().getId()))
                        .entity(CallResponse.from(created)).build());
    }

    @GET
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME))
    @Operation(operationId = "listCalls", summary = "All calls, the most recently opened first, with today's rules")
    @APIResponse(responseCode = "200", description = "The calls.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CallResponse.class)))
    public Uni<List<CallResponse>> list() {
        return service.list().map(calls -> calls.stream().map(CallResponse::from).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME))
    @Operation(operationId = "getCall", summary = "A call with the rules in force on a day")
    @APIResponse(responseCode = "200", description = "The call.",
            content = @Content(schema = @Schema(implementation = CallResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<CallResponse> get(@PathParam("id") UUID id,
            @Parameter(description = "The day whose rules to show (ISO 8601); today when absent.")
            @QueryParam("on") LocalDate on) {
        return service.get(id, on).map(CallResponse::from);
    }

    @GET
    @Path("/{id}/policies")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME))
    @Operation(operationId = "listCallPolicies", summary = "Every version of a call's rules, oldest first")
    @APIResponse(responseCode = "200", description = "The versions.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PolicyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<PolicyResponse>> policies(@PathParam("id") UUID id) {
        return service.policies(id).map(versions -> versions.stream().map(PolicyResponse::from).toList());
    }

    @POST
    @Path("/{id}/policies")
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "addCallPolicy", summary = "Change a call's rules from a day on",
            description = "Adds a version; earlier versions, and whatever was judged under them, stay as they were. "
                    + "422 POLICY_START_NOT_ALLOWED, DURATION_RANGE_INVALID.")
    @APIResponse(responseCode = "201", description = "The new version.",
            content = @Content(schema = @Schema(implementation = PolicyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PolicyResponse>> addPolicy(@PathParam("id") UUID id,
            @Valid @NotNull PolicyVersionRequest request) {
        return service.addPolicy(currentActor.get(), id, request.validFrom(), request.rules().toRules())
                .map(policy -> RestResponse.status(RestResponse.Status.CREATED, PolicyResponse.from(policy)));
    }
}
