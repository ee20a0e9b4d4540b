package eu.mobilisesme.mobility.domain;

import java.util.UUID;

/**
 * One side of an application: the company, the facilitator in charge of it, and the partner client that registered it
 * (null when none did), whose portal may then read the application.
 */
public record CompanySide(UUID smeId, UUID facilitatorId, String partnerClient) {
}
