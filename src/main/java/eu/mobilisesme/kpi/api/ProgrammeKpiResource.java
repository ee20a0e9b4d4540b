package eu.mobilisesme.kpi.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.kpi.service.ProgrammeKpiService;
import eu.mobilisesme.kpi.service.ProgrammeKpis;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/programme/kpis")
@Tag(name = "Programme KPIs", description = "How the call is doing against its targets, and where applications get "
        + "stuck.")
public class ProgrammeKpiResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(KpiCsv.MEDIA_TYPE)).build();

    private final ProgrammeKpiService service;
    private final CurrentActor currentActor;

    public ProgrammeKpiResource(ProgrammeKpiService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, KpiCsv.MEDIA_TYPE })
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.FACILITATOR })
    @Operation(operationId = "getProgrammeKpis", summary = "The call's KPIs against its targets",
            description = "Registered SMEs and participants sent against the call's targets, with the rate of the "
                    + "last four weeks and when each target is reached at that rate; the applications' funnel with "
                    + "the median days spent in each status; overdue reviews; the use of each budget line; and "
                    + "breakdowns by country, NACE section, facilitator, collaboration type, participant role and, "
                    + "where the call reports them, gender and disability. Counts of people below the call's "
                    + "minimum group size are suppressed. The figures are counted in the background (every minute "
                    + "by default; `computedAt` says when), so reading them costs the database one row. Programme "
                    + "administrators see the whole programme, or one facilitator's companies with `facilitatorId`; "
                    + "a facilitator sees the companies it is in charge of (and the applications they send or "
                    + "host). `Accept: text/csv` gives the breakdowns as CSV (RFC 4180, UTF-8, a header row). 422 "
                    + "NO_OPEN_CALL when no call has opened yet and none is named.")
    @APIResponse(responseCode = "200", description = "The KPIs, or their breakdowns as CSV.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeKpisResponse.class)),
            @Content(mediaType = KpiCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000,
                    description = "dimension,key,label,registered_smes,participants_sent,participants_suppressed",
                    examples = "dimension,key,label,registered_smes,participants_sent,participants_suppressed\r\n"
                            + "COUNTRY,IT,IT,120,41,false\r\n")) })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<Object>> kpis(
            @Parameter(description = "The call; absent: the call opened last (the one open today, between calls "
                    + "the one that ended last).") @QueryParam("callId") UUID callId,
            @Parameter(description = "Administrators: only this facilitator's companies. A facilitator may only "
                    + "name itself.") @QueryParam("facilitatorId") UUID facilitatorId,
            @Context Request request) {
        boolean csv = KpiCsv.MEDIA_TYPE.equals(request.selectVariant(VARIANTS).getMediaType().toString());
        return service.kpis(currentActor.get(), Optional.ofNullable(callId), Optional.ofNullable(facilitatorId))
                .map(kpis -> csv ? csvOf(kpis) : RestResponse.ok(ProgrammeKpisResponse.from(kpis),
                        MediaType.APPLICATION_JSON_TYPE));
    }

    private static RestResponse<Object> csvOf(ProgrammeKpis kpis) {
        String scope = kpis.facilitatorId().map(id -> "-facilitator-" + id).orElse("");
        return RestResponse.ResponseBuilder.<Object>ok(KpiCsv.of(kpis.breakdowns()),
                        MediaType.valueOf(KpiCsv.MEDIA_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"kpis-" + kpis.call().code() + scope + ".csv\"")
                .build();
    }
}
