package eu.mobilisesme.partner.api;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.common.api.InputLimits;
import eu.mobilisesme.common.domain.PartnerScopes;
import eu.mobilisesme.partner.domain.PartnerClientDetails;

@Schema(name = "PartnerClientRequest", description = "A partner portal's API client as an administrator registers it.")
public record PartnerClientRequest(
        @NotBlank @Size(max = InputLimits.NAME)
        @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
        @Schema(description = "The `sub` of the client's tokens, as the identity provider issues them; fixed once "
                + "registered.", examples = "eures-portal") String clientId,
        @NotBlank @Size(max = InputLimits.NAME) @Schema(examples = "EURES company import") String name,
        @NotBlank @Size(max = InputLimits.NAME) @Schema(examples = "European Labour Authority") String organisation,
        @NotNull @Size(max = 10) @Schema(description = "What the client may do; a token's own `scope` claim can only "
                + "narrow it.", examples = "[\"catalogue:read\", \"smes:write\"]")
        Set<@NotNull @Size(max = 40) @Pattern(regexp = PartnerScopes.PATTERN, message = "must be a known scope") String>
        scopes,
        @NotNull @Size(max = 10) @Schema(description = "Where its webhooks may point: each subscription's URL must "
                + "have the scheme, host and port of one of these and a path at or below its path.", examples = "[\"https://eures.example.eu/webhooks/\"]")
        List<@NotNull @Size(max = InputLimits.WEB_ADDRESS)
        @Pattern(regexp = InputLimits.WEB_ADDRESS_PATTERN, message = "must be an http(s) URL") String>
        webhookUrlPrefixes,
        @NotBlank @Size(max = 20) @Schema(description = "Its rate-limit tier, one of the service's configured tiers.",
                examples = "standard") String rateLimitTier,
        @NotNull @Schema(description = "False stops the client's access at once; its history stays.") Boolean active) {

    PartnerClientDetails toDetails() {
        return new PartnerClientDetails(clientId, name.strip(), organisation.strip(), scopes, webhookUrlPrefixes,
                rateLimitTier, active);
    }
}
