package eu.mobilisesme.sme.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeSnapshot;
import eu.mobilisesme.sme.service.SmeService;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/smes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SMEs", description = "Company profiles and the catalogue partner portals read.")
public class SmeResource {

    private final SmeService service;
    private final CurrentActor currentActor;

    public SmeResource(SmeService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "registerSme", summary = "Register a company",
            description = "An `sme` user registers its own company under the id in its token's `sme_id`; facilitators "
                    + "and administrators register companies on their behalf. The registration starts pending "
                    + "verification, due within the call's review deadline. 422 codes: COUNTRY_NOT_ELIGIBLE, "
                    + "DUPLICATE_VAT, LARGE_COMPANY_CANNOT_SEND, HOSTING_CAPACITY_REQUIRED, FACILITATOR_NOT_AVAILABLE, "
                    + "NO_OPEN_CALL. 409 SME_ALREADY_REGISTERED.")
    @APIResponse(responseCode = "201", description = "Registered.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = SmeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<SmeResponse>> register(@Valid @NotNull SmeRegistrationRequest request) {
        return service.register(currentActor.get(), request.toDetails(), request.chosenFacilitator())
                .map(SmeResource::created);
    }

    @GET
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.CATALOGUE_READ))
    @Operation(operationId = "searchSmes", summary = "Search the catalogue",
            description = "Everyone sees the public catalogue (verified companies that consented, PUBLIC view). "
                    + "A company also sees itself, a facilitator its assigned companies, a partner portal those it "
                    + "imported, and administrators everything, in the FULL view. Ordered by legal name, then id; "
                    + "pages are keyset cursors.")
    @APIResponse(responseCode = "200", description = "One page of companies.",
            content = @Content(schema = @Schema(implementation = SmePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<SmeResponse>> search(@Valid @BeanParam SmeSearchParameters parameters) {
        int limit = parameters.limit;
        return service.search(currentActor.get(), parameters.toSearch(), Pages.after(parameters.cursor), limit + 1,
                parameters.includeTotal())
                .map(result -> {
                    Page<SmeResponse> page = Pages.of(result.found(), limit,
                            seen -> SmeResponse.from(seen.sme(), seen.isFullView()),
                            seen -> seen.sme().details().legalName(), seen -> seen.sme().id());
                    return result.total() == null ? page : page.withTotal(result.total());
                });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.CATALOGUE_READ))
    @Operation(operationId = "getSme", summary = "Read a company",
            description = "FULL view for the company, its facilitator, administrators and the importing partner; "
                    + "PUBLIC view (no ETag) for a catalogue entry; 404 for anything else.")
    @APIResponse(responseCode = "200", description = "The company.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = SmeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<SmeResponse>> get(@PathParam("id") UUID id) {
        return service.get(currentActor.get(), id).map(seen -> seen.isFullView()
                ? withTag(seen.sme(), RestResponse.Status.OK)
                : RestResponse.ok(SmeResponse.from(seen.sme(), false)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
    @Operation(operationId = "replaceSme", summary = "Replace a company's profile",
            description = "For the company, its facilitator and administrators, with the ETag in If-Match. A verified "
                    + "company whose legal name or VAT number changes goes back to pending verification. 422 codes as "
                    + "for registration, plus COUNTRY_CHANGE_NOT_ALLOWED.")
    @APIResponse(responseCode = "200", description = "The updated company.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = SmeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<SmeResponse>> replace(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull SmeUpdateRequest request) {
        return service.update(currentActor.get(), id, EntityTags.expectedVersion(ifMatch), request.toDetails())
                .map(sme -> withTag(sme, RestResponse.Status.OK));
    }

    static RestResponse<SmeResponse> created(Sme sme) {
        return RestResponse.ResponseBuilder.<SmeResponse>created(URI.create("/api/v1/smes/" + sme.getId()))
                .entity(SmeResponse.from(sme.snapshot(), true))
                .header(HttpHeaders.ETAG, EntityTags.of(sme.getVersion()))
                .build();
    }

    static RestResponse<SmeResponse> withTag(Sme sme, RestResponse.Status status) {
        return withTag(sme.snapshot(), status);
    }

    static RestResponse<SmeResponse> withTag(SmeSnapshot sme, RestResponse.Status status) {
        return RestResponse.ResponseBuilder.<SmeResponse>create(status, SmeResponse.from(sme, true))
                .header(HttpHeaders.ETAG, EntityTags.of(sme.version()))
                .build();
    }

    /** The page shape, named for the contract. */
    @Schema(name = "SmePage")
    record SmePage(List<SmeResponse> items, String next,
            @Schema(description = "All matches; only with includeTotal=true.") Long total) {
    }
}
