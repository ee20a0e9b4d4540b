package eu.mobilisesme.kpi.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one refresh counts: the call's applications, the SMEs that registered from {@code registeredFrom} (inclusive)
 * to {@code registeredUntil} (exclusive), the gains since {@code recentFrom}, and reviews overdue on {@code today}.
 */
public record CountingWindow(UUID callId, Instant registeredFrom, Instant registeredUntil, Instant recentFrom,
        LocalDate today) {
}
