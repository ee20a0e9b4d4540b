package eu.mobilisesme.sme.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A company's profile as read at one version: what readers are shown. Lists and reads build it straight from the
 * row, without loading the entity; writes take it from {@link Sme#snapshot()}.
 *
 * @param externalClient the partner client that imported the company, or null
 * @param externalRef    that client's own id for it, or null
 */
public record SmeSnapshot(UUID id, SmeDetails details, SizeClass sizeClass, UUID facilitatorId,
        VerificationStatus status, Instant submittedAt, LocalDate reviewDueOn, String externalClient,
        String externalRef, long version, Instant createdAt, Instant updatedAt) {

    /** Whether the review is past its due date on {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return reviewDueOn != null && today.isAfter(reviewDueOn);
    }
}
