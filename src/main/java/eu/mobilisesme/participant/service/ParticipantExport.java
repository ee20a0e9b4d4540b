package eu.mobilisesme.participant.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.mobilisesme.participant.domain.Participant;

/** Everything the service holds about one participant (GDPR art. 15 and 20), as of {@code exportedAt}. */
public record ParticipantExport(Instant exportedAt, Participant participant, UUID smeId, String smeLegalName,
        List<ParticipantRecords.HeldRecord> records) {
}
