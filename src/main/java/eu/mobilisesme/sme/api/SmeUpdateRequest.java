package eu.mobilisesme.sme.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new profile for a registered company; its facilitator is changed by administrators, not here. */
@Schema(name = "SmeUpdate", description = "A company profile as its owner states it, replacing the current one.")
public final class SmeUpdateRequest extends SmeProfileRequest {
}
