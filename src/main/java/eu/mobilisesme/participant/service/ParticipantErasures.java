package eu.mobilisesme.participant.service;

import java.util.UUID;

import eu.mobilisesme.common.domain.Actor;
import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps personal data of participants (bank accounts) provides a bean of this type: when a
 * participant's personal data is erased, it erases its own in the same transaction, without this feature knowing the
 * others.
 */
public interface ParticipantErasures {

    /** The personal data of {@code participantId} was erased by {@code actor}'s request. */
    Uni<Void> erased(UUID participantId, Actor actor);
}
