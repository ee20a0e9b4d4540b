package eu.mobilisesme.participant.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.participant.service.ParticipantExport;

@Schema(name = "ParticipantExport",
        description = "Everything the service holds about one person (GDPR art. 15 and 20), in one document.")
public record ParticipantExportResponse(Instant exportedAt, ParticipantResponse participant, Company company) {

    @Schema(name = "ParticipantExportCompany")
    public record Company(UUID id, String legalName) {
    }

    static ParticipantExportResponse from(ParticipantExport export) {
        return new ParticipantExportResponse(export.exportedAt(), ParticipantResponse.from(export.participant()),
                new Company(export.smeId(), export.smeLegalName()));
    }
}
