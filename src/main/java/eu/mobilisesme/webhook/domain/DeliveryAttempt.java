package eu.mobilisesme.webhook.domain;

import java.time.Instant;

/**
 * One attempt at a delivery, as its log shows it.
 *
 * @param attempt     its number, from 1
 * @param attemptedAt when it started
 * @param statusCode  the receiver's answer, or null when there was none
 * @param error       why there was no answer (timeout, refused address, ...), or null
 * @param durationMs  how long it took
 */
public record DeliveryAttempt(int attempt, Instant attemptedAt, Integer statusCode, String error, int durationMs) {
}
