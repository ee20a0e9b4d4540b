package eu.mobilisesme.participant.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.participant.service.ParticipantExport;

@Schema(name = "ParticipantExport",
        description = "Everything the service holds about one person (GDPR art. 15 and 20), in one document.")
public record ParticipantExportResponse(Instant exportedAt, ParticipantResponse participant, Company company,
        @Schema(description = "What other parts of the service hold about the person, e.g. their mobility "
                + "applications.") List<Record> records) {

    @Schema(name = "ParticipantExportRecord")
    public record Record(@Schema(examples = "mobility-application") String kind, UUID id,
            @Schema(description = "The record's facts, as held.") Map<String, Object> facts) {
    }

    @Schema(name = "ParticipantExportCompany")
    public record Company(UUID id, String legalName) {
    }

    static ParticipantExportResponse from(ParticipantExport export) {
        return new ParticipantExportResponse(export.exportedAt(), ParticipantResponse.from(export.participant()),
                new Company(export.smeId(), export.smeLegalName()), export.records().stream()
                        .map(held -> new Record(held.kind(), held.id(), held.facts())).toList());
    }
}
