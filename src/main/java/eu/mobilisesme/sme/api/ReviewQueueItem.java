package eu.mobilisesme.sme.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.mobilisesme.sme.domain.SmeSnapshot;

@Schema(name = "ReviewQueueItem", description = "A registration waiting for its facilitator's decision.")
public record ReviewQueueItem(UUID smeId, String legalName, String country, UUID facilitatorId,
        Instant submittedAt, LocalDate reviewDueOn,
        @Schema(description = "Whether the due date has passed (Brussels time).") boolean overdue) {

    static ReviewQueueItem from(SmeSnapshot sme, LocalDate today) {
        return new ReviewQueueItem(sme.id(), sme.details().legalName(), sme.details().country(), sme.facilitatorId(),
                sme.submittedAt(), sme.reviewDueOn(), sme.isOverdueOn(today));
    }
}
