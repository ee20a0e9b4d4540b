package eu.mobilisesme.webhook.domain;

/**
 * Where one event's delivery to one subscription stands: PENDING (due at its next attempt), SENDING (claimed by a
 * dispatcher until its lease runs out), SUCCEEDED or FAILED (final).
 */
public enum DeliveryStatus {
    PENDING, SENDING, SUCCEEDED, FAILED
}
