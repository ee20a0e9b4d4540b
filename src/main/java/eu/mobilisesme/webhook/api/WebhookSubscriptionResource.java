package eu.mobilisesme.webhook.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.api.Page;
import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.api.Pages;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.webhook.domain.Delivery;
import eu.mobilisesme.webhook.domain.WebhookSubscription;
import eu.mobilisesme.webhook.service.WebhookSubscriptions;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Partner clients' webhook subscriptions, their delivery logs and redeliveries. "
        + "What is sent, and how it is signed, is in the contract's `webhooks`.")
public class WebhookSubscriptionResource {

    private static final String PATH = "/api/v1/webhook-subscriptions/";

    private final WebhookSubscriptions service;
    private final CurrentActor currentActor;

    public WebhookSubscriptionResource(WebhookSubscriptions service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
            scopes = PartnerScopes.WEBHOOKS_MANAGE))
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe to events",
            description = "Answers the subscription with its signing secret, which is never shown again. 422 "
                    + "WEBHOOK_URL_NOT_ALLOWED (not https, user information or a fragment, or not under one of the "
                    + "client's registered URL prefixes), WEBHOOK_HOST_UNKNOWN (the host does not resolve), "
                    + "WEBHOOK_ADDRESS_FORBIDDEN (it resolves to a loopback, private, link-local or other non-public "
                    + "address), WEBHOOK_EVENT_SCOPE_MISSING (an event type needs a scope the client lacks).")
    @APIResponse(responseCode = "201", description = "Subscribed; `secret` signs the deliveries.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Location") },
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<WebhookSubscriptionResponse>> create(@Valid @NotNull WebhookSubscriptionRequest request) {
        return service.subscribe(currentActor.get(), request.url(), request.types())
                .map(created -> RestResponse.ResponseBuilder
                        .<WebhookSubscriptionResponse>created(URI.create(PATH + created.subscription().getId()))
                        .entity(WebhookSubscriptionResponse.from(created))
                        .header(HttpHeaders.ETAG, EntityTags.of(created.subscription().getVersion()))
                        .build());
    }

    @GET
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
            scopes = PartnerScopes.WEBHOOKS_MANAGE))
    @Operation(operationId = "listWebhookSubscriptions", summary = "List webhook subscriptions, newest first",
            description = "A partner client's own; every client's for an administrator. Deleted ones too.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions.",
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Page<WebhookSubscriptionResponse>> list(
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.list(currentActor.get(), Pages.after(cursor), limit + 1)
                .map(subscriptions -> Pages.of(subscriptions, limit, WebhookSubscriptionResponse::from,
                        subscription -> subscription.getCreatedAt().toString(), WebhookSubscription::getId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
            scopes = PartnerScopes.WEBHOOKS_MANAGE))
    @Operation(operationId = "getWebhookSubscription", summary = "Read a webhook subscription (never its secret)",
            description = "A partner client's own, or any for an administrator; another client's is 404.")
    @APIResponse(responseCode = "200", description = "The subscription.", headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<WebhookSubscriptionResponse>> get(@PathParam("id") UUID id) {
        return service.get(currentActor.get(), id).map(subscription -> RestResponse.ResponseBuilder
                .ok(WebhookSubscriptionResponse.from(subscription))
                .header(HttpHeaders.ETAG, EntityTags.of(subscription.getVersion()))
                .build());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
            scopes = PartnerScopes.WEBHOOKS_MANAGE))
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a webhook subscription",
            description = "Nothing more is sent to it: deliveries still waiting fail. It stays readable, inactive, "
                    + "with its delivery log. Deleting it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return service.delete(currentActor.get(), id).map(deleted -> RestResponse.noContent());
    }

    @POST
    @Path("/{id}/secret")
    @RolesAllowed(Roles.PARTNER)
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
            scopes = PartnerScopes.WEBHOOKS_MANAGE))
    @Operation(operationId = "rotateWebhookSecret", summary = "Replace a subscription's signing secret",
            description = "Answers the subscription with its new secret, which is never shown again; what is sent "
                    + "from now on is signed with it. 409 WEBHOOK_SUBSCRIPTION_INACTIVE once deleted.")
    @APIResponse(responseCode = "200", description = "The subscription with its new `secret`.",
            headers = @Header(ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<RestResponse<WebhookSubscriptionResponse>> rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(currentActor.get(), id).map(rotated -> RestResponse.ResponseBuilder
                .ok(WebhookSubscriptionResponse.from(rotated))
                .header(HttpHeaders.ETAG, EntityTags.of(rotated.subscription().getVersion()))
                .build());
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
            scopes = PartnerScopes.WEBHOOKS_MANAGE))
    @Operation(operationId = "listWebhookDeliveries", summary = "Read a subscription's delivery log, newest first",
            description = "Each delivery of an event, with its status, next attempt and every attempt (time, status "
                    + "code or error, duration).")
    @APIResponse(responseCode = "200", description = "One page of deliveries.",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Page<WebhookDeliveryResponse>> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "The `next` cursor of the previous page.") @QueryParam("cursor")
            @PageCursor String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(InputLimits.PAGE_SIZE) int limit) {
        return service.deliveries(currentActor.get(), id, Pages.after(cursor), limit + 1)
                .map(deliveries -> Pages.of(deliveries, limit, WebhookDeliveryResponse::from,
                        delivery -> delivery.createdAt().toString(), Delivery::id));
    }

    @POST
    @Path("/{id}/redeliveries")
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME,
            scopes = PartnerScopes.WEBHOOKS_MANAGE))
    @Operation(operationId = "redeliverWebhookEvent", summary = "Send an event to a subscription again",
            description = "The event is due again at once, retried for 24 hours, whatever became of it before; an "
                    + "event the subscription never had is sent if it may receive it (its type, the client's scopes "
                    + "and the event's audience), so a partner can resynchronise. 404 for an event it may not "
                    + "receive; 409 WEBHOOK_SUBSCRIPTION_INACTIVE once deleted.")
    @APIResponse(responseCode = "202", description = "Due again; the delivery as it stands.",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Uni<RestResponse<WebhookDeliveryResponse>> redeliver(@PathParam("id") UUID id,
            @Valid @NotNull RedeliveryRequest request) {
        return service.redeliver(currentActor.get(), id, request.eventId())
                .map(delivery -> RestResponse.accepted(WebhookDeliveryResponse.from(delivery)));
    }

    /** The page shapes, named for the contract (generic records have no schema name of their own). */
    @Schema(name = "WebhookSubscriptionPage")
    record WebhookSubscriptionPage(List<WebhookSubscriptionResponse> items, String next) {
    }

    @Schema(name = "WebhookDeliveryPage")
    record WebhookDeliveryPage(List<WebhookDeliveryResponse> items, String next) {
    }
}
