package eu.mobilisesme.participant.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * What another feature holds about a participant, for the participant's data export. A feature that keeps records
 * referring to people (mobility applications today; grants and payments later) provides a bean of this type, so the
 * export stays complete without this feature knowing the others.
 */
public interface ParticipantRecords {

    /** The records about {@code participantId}, each with a kind, its id and its facts as plain values. */
    Uni<List<HeldRecord>> heldAbout(UUID participantId);

    /** One record: e.g. kind {@code mobility-application}, its id, and what it says. */
    record HeldRecord(String kind, UUID id, Map<String, Object> facts) {
    }
}
