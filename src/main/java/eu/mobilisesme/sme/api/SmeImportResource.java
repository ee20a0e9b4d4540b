package eu.mobilisesme.sme.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.sme.service.SmeService;
import io.smallrye.mutiny.Uni;

/**
 * A partner portal's imports: each company it brings in, under the portal's own reference. A collection of its own
 * rather than {@code /smes/by-external-ref/{ref}}, whose first segments matched {@code /smes/{id}/...} templates.
 */
@Cancellable(false)
@Path("/api/v1/sme-imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SMEs")
public class SmeImportResource {

    private static final String EXTERNAL_REF = "[A-Za-z0-9._:-]{1,100}";
    private static final String EXTERNAL_REF_MESSAGE = "must be 1-100 letters, digits, or . _ : -";

    private final SmeService service;
    private final CurrentActor currentActor;

    public SmeImportResource(SmeService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @PUT
    @Path("/{externalRef}")
    @RolesAllowed(Roles.PARTNER)
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.SMES_WRITE))
    @Operation(operationId = "upsertSmeByExternalRef", summary = "Create or update a company by a partner's own id",
            description = "The reference is unique per partner client. Creates the company (201, `Location` is the "
                    + "company) or, if it exists, replaces its profile (200). Creating it, or repeating the same body, "
                    + "needs no If-Match; a different body for an existing company needs its ETag in If-Match (428 "
                    + "without).")
    @APIResponse(responseCode = "200", description = "Updated, or unchanged by a repeated request.",
            headers = @Header(ref = "ETag"), content = @Content(schema = @Schema(implementation = SmeResponse.class)))
    @APIResponse(responseCode = "201", description = "Created.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = SmeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<RestResponse<SmeResponse>> upsertByExternalRef(
            @PathParam("externalRef") @Size(max = 100) @Pattern(regexp = EXTERNAL_REF, message = EXTERNAL_REF_MESSAGE)
            String externalRef,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull SmeImportRequest request) {
        return service.upsertByExternalRef(currentActor.get(), externalRef, EntityTags.expectedVersion(ifMatch),
                request.toDetails())
                .map(upsert -> upsert.created() ? SmeResource.created(upsert.sme())
                        : SmeResource.withTag(upsert.sme(), RestResponse.Status.OK));
    }

    @GET
    @Path("/{externalRef}")
    @RolesAllowed(Roles.PARTNER)
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.SMES_WRITE))
    @Operation(operationId = "getSmeByExternalRef", summary = "Read a company by a partner's own id",
            description = "Only the partner client's own references.")
    @APIResponse(responseCode = "200", description = "The company.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = SmeResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<SmeResponse>> getByExternalRef(
            @PathParam("externalRef") @Size(max = 100) @Pattern(regexp = EXTERNAL_REF, message = EXTERNAL_REF_MESSAGE)
            String externalRef) {
        return service.getByExternalRef(currentActor.get(), externalRef)
                .map(sme -> SmeResource.withTag(sme, RestResponse.Status.OK));
    }
}
