package eu.mobilisesme.event.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.event.domain.PublishedEvent;

/** An event of the feed: what changed, by ids and states only; the receiver reads the details with its own scopes. */
@Schema(name = EventResponse.SCHEMA, description = "A change a partner may hear about. Ids and states only, never "
        + "personal data: read the thing itself for its details, with your own scopes.")
public record EventResponse(
        @Schema(description = "The event's id; also the `webhook-id` of its webhook deliveries.", required = true)
        UUID id,
        @Schema(description = "What happened.", required = true, maxLength = 60) String type,
        @Schema(description = "What it happened to.", required = true, maxLength = 40) String aggregateType,
        @Schema(description = "The id of what it happened to.", required = true) UUID aggregateId,
        @Schema(description = "When it happened.", required = true) Instant occurredAt,
        @Schema(description = "Ids and states, by type: `sme.*` smeId, status (and previousStatus when the status "
                + "moved); `application.submitted` and `application.state-changed` applicationId, state, "
                + "previousState; `application.learning-project-signed` applicationId, party (the signing role: "
                + "SENDING_SME, HOST_SME or SENDING_FACILITATOR), revision, state; `payment.*` paymentId, "
                + "applicationId, instalment, status (a RECOVERY is paid when the money came back).",
                required = true) Map<String, String> data) {

    /** The name of its schema in the contract, whose enumerations {@link EventSchemaFilter} fills in. */
    static final String SCHEMA = "Event";

    static EventResponse from(PublishedEvent event) {
        return new EventResponse(event.id(), event.type(), event.aggregateType(), event.aggregateId(),
                event.occurredAt(), event.payload());
    }
}
