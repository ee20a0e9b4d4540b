package eu.mobilisesme.sme.domain;

import eu.mobilisesme.common.domain.CollaborationType;

/**
 * Filters of a catalogue search; null means "any". {@code text} is matched as words against names and description.
 * {@code nutsPrefix} and {@code nacePrefix} match codes that start with them ({@code ITF} matches {@code ITF47}).
 */
public record SmeSearch(String country, String nutsPrefix, String nacePrefix, SizeClass sizeClass,
        CollaborationType offers, CollaborationType seeks, String language, ExchangeRole exchangeRole,
        VerificationStatus status, String text) {
}
