package eu.mobilisesme.sme.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company as a partner portal imports it; the programme assigns its facilitator. */
@Schema(name = "SmeImport", description = "A company profile as a partner portal knows it.")
public final class SmeImportRequest extends SmeProfileRequest {
}
