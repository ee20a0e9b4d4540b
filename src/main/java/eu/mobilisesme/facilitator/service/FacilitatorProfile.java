package eu.mobilisesme.facilitator.service;

import java.util.UUID;

/**
 * What other features know of a facilitator organisation: the facts their rules use, never the entity.
 *
 * @param active whether it takes part in the programme now; an inactive one keeps its history but gets no new work
 */
public record FacilitatorProfile(UUID id, String name, String country, boolean active) {
}
