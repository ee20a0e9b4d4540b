package eu.mobilisesme.mobility.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.mobility.api.ApplicationResponses.Report;
import eu.mobilisesme.mobility.domain.ReportParty;
import eu.mobilisesme.mobility.service.FinalReportService;
import io.smallrye.mutiny.Uni;

/** The final reports after a stay: the participant's (filed by the sending company), the sender's, the host's. */
@Cancellable(false)
@Path("/api/v1/mobility-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Final reports", description = "Structured reports after the stay.")
@RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
public class FinalReportResource {

    private final FinalReportService service;
    private final CurrentActor currentActor;

    public FinalReportResource(FinalReportService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @Path("/{id}/reports/{party}")
    @Operation(operationId = "fileFinalReport", summary = "File a final report (after completion)",
            description = "PARTICIPANT and SENDING_SME reports are filed by the sending company, HOST_SME by the host. "
                    + "409 REPORT_ALREADY_FILED. The third report makes the application REPORTED.")
    @APIResponse(responseCode = "201", description = "The report.",
            content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Uni<RestResponse<Report>> file(@PathParam("id") UUID id, @PathParam("party") ReportParty party,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Report request) {
        Actor actor = currentActor.get();
        return service.file(actor, id, party, new FinalReportService.Answers(request.objectivesMet(),
                request.newContacts(), request.expectedBusinessOutcomes().strip(), request.satisfaction()),
                EntityTags.expectedVersionIfGiven(ifMatch))
                .map(report -> RestResponse.status(RestResponse.Status.CREATED,
                        Report.from(report, actor.mayIdentifyPeople())));
    }

    @GET
    @Path("/{id}/reports")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "listFinalReports", summary = "The final reports filed so far")
    @APIResponse(responseCode = "200", description = "The reports.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Report>> reports(@PathParam("id") UUID id) {
        Actor actor = currentActor.get();
        return service.reports(actor, id).map(found -> found.stream()
                .map(report -> Report.from(report, actor.mayIdentifyPeople())).toList());
    }
}
