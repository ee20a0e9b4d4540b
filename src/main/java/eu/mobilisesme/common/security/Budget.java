package eu.mobilisesme.common.security;

/**
 * What is left of a caller's budget after its request, as the {@code RateLimit-*} and {@code Retry-After} headers tell
 * it.
 *
 * @param limit             requests per minute, and the most the caller may make at once
 * @param remaining         requests the caller may still make at once, after this one
 * @param resetSeconds      seconds until the whole budget is back, if the caller makes no more requests
 * @param retryAfterSeconds for a refused request, seconds until one request's worth is back; 0 for an allowed one
 * @param allowed           whether this request may go on
 */
public record Budget(int limit, int remaining, long resetSeconds, long retryAfterSeconds, boolean allowed) {
}
