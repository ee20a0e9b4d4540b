package eu.mobilisesme.webhook.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.event.service.EventType;

@Schema(name = "WebhookSubscriptionRequest", description = "Where to send which events.")
public record WebhookSubscriptionRequest(
        @NotBlank @Size(max = InputLimits.WEB_ADDRESS) @Pattern(regexp = InputLimits.WEB_ADDRESS_PATTERN,
                message = "must be an https URL")
        @Schema(examples = "https://portal.example.eu/webhooks/mobilisesme", description = "An https URL under one "
                + "of the URL prefixes registered for your client, whose host resolves to public addresses only; no "
                + "user information or fragment.")
        String url,
        @NotEmpty @Size(max = 20)
        @Schema(examples = "[\"sme.verified\", \"application.state-changed\"]", description = "The event types to "
                + "send (see the contract's `webhooks`); each needs the scope of what it is about: `sme.*` "
                + "`catalogue:read`, `application.*` and `payment.*` `applications:read`.")
        List<@NotNull @KnownEventType String> eventTypes) {

    /** The types asked for; {@link KnownEventType} has let only known names through. */
    List<EventType> types() {
        return eventTypes.stream().distinct().map(name -> EventType.byWireName(name).orElseThrow()).toList();
    }
}
