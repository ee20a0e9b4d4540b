package eu.mobilisesme.grant.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.grant.service.GrantRates;
import io.smallrye.mutiny.Uni;

/** The versions of the grant rates. Administrators add them; partners see no financial data. */
@Cancellable(false)
@Path(GrantRateTableResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantRateTableResource {

    static final String PATH = "/api/v1/grant-rate-tables";
    /** Far more versions than the programme will ever have: one a year. */
    static final int MAX_VERSION = 1_000_000;

    private final GrantRates grantRates;
    private final CurrentActor currentActor;

    public GrantRateTableResource(GrantRates grantRates, CurrentActor currentActor) {
        this.grantRates = grantRates;
        this.currentActor = currentActor;
    }

    @GET
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "listGrantRateTables", summary = "The versions of the grant rates, the latest first",
            description = "At most " + GrantRates.MAX_LISTED_TABLES + " versions, without their rates.")
    @APIResponse(responseCode = "200", description = "The versions.", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = RateTableSummaryResponse.class,
            maxItems = GrantRates.MAX_LISTED_TABLES)))
    public Uni<List<RateTableSummaryResponse>> list() {
        return grantRates.tables().map(tables -> tables.stream().map(RateTableSummaryResponse::from).toList());
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "getGrantRateTable", summary = "One version of the grant rates, with its rates",
            description = "The monthly rate of every host country, in country order, and the rate for participants "
                    + "with disabilities. 404 for a version that does not exist.")
    @APIResponse(responseCode = "200", description = "The version.",
            content = @Content(schema = @Schema(implementation = RateTableResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RateTableResponse> get(@PathParam("version") @Min(1) @Max(MAX_VERSION) int version) {
        return grantRates.table(version).map(RateTableResponse::from);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_ADMIN)
    @Operation(operationId = "createGrantRateTable", summary = "Add the next version of the grant rates",
            description = "In force from validFrom on; earlier versions, and the grants computed with them, stay as "
                    + "they were. 409 DUPLICATE_RATE_TABLE when a version starts on that day; 422 "
                    + "RATE_TABLE_START_NOT_ALLOWED (before today, or not after the latest version's start), "
                    + "RATE_MISSING (a country of the latest version has no rate).")
    @APIResponse(responseCode = "201", description = "The new version.", headers = @Header(ref = "Location"),
            content = @Content(schema = @Schema(implementation = RateTableResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<RateTableResponse>> create(@Valid @NotNull RateTableRequest request) {
        return grantRates.addTable(currentActor.get(), request.validFrom(),
                        request.disabilityRate(), request.source().strip(), request.countryRates())
                .map(table -> RestResponse.ResponseBuilder
                        .<RateTableResponse>created(URI.create(PATH + "/" + table.version()))
                        .entity(RateTableResponse.from(table)).build());
    }
}
