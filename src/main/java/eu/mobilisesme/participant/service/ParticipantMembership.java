package eu.mobilisesme.participant.service;

import java.util.UUID;

/**
 * Which company a participant belongs to and whether their personal data was erased: for other features that keep
 * things of a participant's (a bank account) and decide who may reach them through the company.
 */
public record ParticipantMembership(UUID participantId, UUID smeId, boolean erased) {
}
