package eu.mobilisesme.event.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import eu.mobilisesme.common.api.PageCursor;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.security.CurrentActor;
import eu.mobilisesme.common.security.PartnerScopeFilter;
import eu.mobilisesme.event.service.EventFeed;
import io.smallrye.mutiny.Uni;

@Cancellable(false)
@Path(FeedCursors.FEED)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "What changed, as an ordered feed a partner resumes from its last position.")
public class EventResource {

    /** The most events one page holds. */
    static final int MAX_LIMIT = 500;

    private final EventFeed feed;
    private final FeedCursors cursors;
    private final CurrentActor currentActor;

    public EventResource(EventFeed feed, FeedCursors cursors, CurrentActor currentActor) {
        this.feed = feed;
        this.cursors = cursors;
        this.currentActor = currentActor;
    }

    @GET
    @RolesAllowed({ Roles.PROGRAMME_ADMIN, Roles.PARTNER })
    @SecurityRequirements(@SecurityRequirement(name = PartnerScopeFilter.SCHEME, scopes = PartnerScopes.EVENTS_READ))
    @Operation(operationId = "listEvents", summary = "Read the events feed from a position",
            description = "Every change partners may hear about, once each, in one order that never changes: the "
                    + "order in which their transactions began, then the order within each. An event becomes "
                    + "readable only when every transaction that began before its own has ended, so an event that "
                    + "commits late is never passed over: nothing can appear behind a position you have read. "
                    + "Store `next` (always present) and ask again with it as `after` to get what happened since, "
                    + "after a pause or a missed webhook; a page with fewer than `limit` events is the end of the "
                    + "feed for now. Without `after`, the feed starts at its first event. A partner client needs "
                    + "the scope events:read and sees the events about companies it may read (scope catalogue:read: "
                    + "companies in the public catalogue, and those it imported) and about applications and "
                    + "payments it may read (scope applications:read: those of the companies it registered); "
                    + "programme administrators see every event.")
    @APIResponse(responseCode = "200", description = "The events after `after`, and where to continue.",
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<EventPage> list(
            @Parameter(description = "The `next` of your previous read; absent: from the first event.")
            @QueryParam(FeedCursors.PARAMETER) @PageCursor String after,
            @Parameter(description = "Only events of these types, separated by commas, e.g. "
                    + "`application.state-changed,payment.paid`; absent: every type.")
            @QueryParam(EventTypes.PARAMETER) @Size(max = EventTypes.MAX_LENGTH)
            @Pattern(regexp = EventTypes.PATTERN, message = "must be event types separated by commas") String types,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return feed.read(currentActor.get(), cursors.read(after), EventTypes.parse(types), limit)
                .map(page -> new EventPage(page.events().stream().map(EventResponse::from).toList(),
                        cursors.issue(page.next())));
    }

    @Schema(name = "EventPage", description = "Events in feed order, and the position after them.")
    record EventPage(@Schema(required = true) List<EventResponse> items,
            @Schema(description = "Where to continue: pass it as `after` next time.", required = true) String next) {
    }
}
