package eu.mobilisesme.mobility.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.api.CountryCode;
import eu.mobilisesme.common.api.EntityTags;
import eu.mobilisesme.common.api.IfMatchValue;
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.mobility.api.ApplicationResponses.Proposal;
import eu.mobilisesme.mobility.api.ApplicationResponses.Suggestion;
import eu.mobilisesme.mobility.service.MatchingService;
import io.smallrye.mutiny.Uni;

/** Finding a host for an application: suggestions, proposals and the host's answer. */
@Cancellable(false)
@Path("/api/v1/mobility-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Host suggestions with their reasons, proposals and answers.")
@RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN })
public class MatchingResource {

    private final MatchingService service;
    private final CurrentActor currentActor;

    public MatchingResource(MatchingService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/{id}/suggestions")
    @Operation(operationId = "suggestMobilityHosts", summary = "Suggested hosts, best first (sending side)",
            description = "Verified, listed companies that host, with room, in another eligible country. The score "
                    + "adds: same NACE division +3 (else same section +1), host country among the sender's target "
                    + "markets +2, each language shared with the participant at B1 or above +1 (up to 3), the "
                    + "collaboration type offered +2, a preferred country +1. Each point comes with its reason.")
    @APIResponse(responseCode = "200", description = "The suggestions.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Suggestion.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Suggestion>> suggestions(@PathParam("id") UUID id,
            @Parameter(description = "Countries the sending side prefers (repeatable).")
            @QueryParam("preferredCountry") @Size(max = 10) List<@CountryCode String> preferredCountry,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.suggest(currentActor.get(), id, Set.copyOf(preferredCountry), limit)
                .map(found -> found.stream().map(Suggestion::from).toList());
    }

    @POST
    @Path("/{id}/proposals")
    @Operation(operationId = "proposeMobilityHost", summary = "Propose the application to a host (sending side)",
            description = "Only while ELIGIBLE (409 once a host accepted), to a company hosting staff in the public "
                    + "catalogue: 422 HOST_NOT_AVAILABLE for any other id, whether the company exists or not. 422 "
                    + "SAME_COUNTRY, COUNTRY_NOT_ELIGIBLE, TOO_MANY_PROPOSALS; 409 DUPLICATE_PROPOSAL.")
    @APIResponse(responseCode = "201", description = "The open proposal.",
            content = @Content(schema = @Schema(implementation = Proposal.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<Proposal>> propose(@PathParam("id") UUID id,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Proposal request) {
        return service.propose(currentActor.get(), id, request.hostSmeId(), request.message(),
                EntityTags.expectedVersionIfGiven(ifMatch))
                .map(proposal -> RestResponse.status(RestResponse.Status.CREATED, Proposal.from(proposal)));
    }

    @GET
    @Path("/{id}/proposals")
    @RolesAllowed({ Roles.SME, Roles.FACILITATOR, Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(
            @SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.APPLICATIONS_READ))
    @Operation(operationId = "listMobilityProposals", summary = "The application's proposals",
            description = "A company with an open proposal sees only its own.")
    @APIResponse(responseCode = "200", description = "The proposals, oldest first.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Proposal.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Proposal>> proposals(@PathParam("id") UUID id) {
        return service.proposals(currentActor.get(), id).map(found -> found.stream().map(Proposal::from).toList());
    }

    @POST
    @Path("/{id}/proposals/{proposalId}/accept")
    @Operation(operationId = "acceptMobilityProposal", summary = "Accept a proposal (the proposed host)",
            description = "The application becomes MATCHED; the other open proposals close. 422 HOST_NOT_VERIFIED, "
                    + "HOST_NOT_HOSTING, and HOST_AT_CAPACITY when the host already receives as many people during "
                    + "these dates as it can host.")
    @ProposalAnswerResponses
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Proposal> accept(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Answer request) {
        return service.accept(currentActor.get(), id, proposalId, request.message(),
                EntityTags.expectedVersionIfGiven(ifMatch)).map(Proposal::from);
    }

    @POST
    @Path("/{id}/proposals/{proposalId}/decline")
    @Operation(operationId = "declineMobilityProposal", summary = "Decline a proposal (the proposed host)")
    @ProposalAnswerResponses
    public Uni<Proposal> decline(@PathParam("id") UUID id, @PathParam("proposalId") UUID proposalId,
            @Parameter(ref = "IfMatchOptional") @HeaderParam(HttpHeaders.IF_MATCH) @IfMatchValue String ifMatch,
            @Valid @NotNull ApplicationRequests.Answer request) {
        return service.decline(currentActor.get(), id, proposalId, request.message(),
                EntityTags.expectedVersionIfGiven(ifMatch)).map(Proposal::from);
    }
}
