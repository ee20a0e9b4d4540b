package eu.mobilisesme.sme.api;

import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration: the profile, and the facilitator the company may choose. */
@Schema(name = "SmeRegistration", description = "A company profile as its owner states it at registration.")
public final class SmeRegistrationRequest extends SmeProfileRequest {

    @Schema(description = "The facilitator the company chooses (active, covering its country); absent: the "
            + "registering facilitator, or the only one covering the country. Later changes are made by "
            + "administrators.")
    public UUID facilitatorId;

    Optional<UUID> chosenFacilitator() {
        return Optional.ofNullable(facilitatorId);
    }
}
