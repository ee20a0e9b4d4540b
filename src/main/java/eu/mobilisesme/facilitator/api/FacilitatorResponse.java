package eu.mobilisesme.facilitator.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.facilitator.domain.Facilitator;

@Schema(name = "Facilitator", description = "A facilitator organisation (Local Contact Point).")
public record FacilitatorResponse(UUID id, String name, String country, List<String> coveredCountries,
        String contactEmail, String contactPhone, String website, boolean active,
        @Schema(description = "Optimistic-lock version; the ETag header carries it too.") long version,
        Instant createdAt, Instant updatedAt) {

    static FacilitatorResponse from(Facilitator facilitator) {
        return new FacilitatorResponse(facilitator.getId(), facilitator.getName(), facilitator.getCountry(),
                facilitator.getCoveredCountries(), facilitator.getContactEmail(), facilitator.getContactPhone(),
                facilitator.getWebsite(), facilitator.isActive(), facilitator.getVersion(),
                facilitator.getCreatedAt(), facilitator.getUpdatedAt());
    }
}
