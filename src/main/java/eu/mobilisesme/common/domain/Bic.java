package eu.mobilisesme.common.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Business Identifier Code (ISO 9362, the "SWIFT code") of a bank, in upper case: four letters of the institution,
 * two of its country, two letters or digits of its location and, optionally, three of the branch, e.g.
 * {@code DEUTDEFF} or {@code DEUTDEFF500}. Only the format is checked; whether the code is published is the bank's
 * business.
 *
 * @param value the code in upper case, 8 or 11 characters
 */
public record Bic(String value) {

    /** The format ISO 9362 gives, in upper case. */
    public static final String FORMAT = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?";

    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    /** Normalises (trims, upper case) and checks {@code value}; {@link IllegalArgumentException} if no BIC. */
    public Bic {
        if (!isValid(value)) {
            throw new IllegalArgumentException("is not a valid BIC: it must be 8 or 11 letters and digits, "
                    + "as in DEUTDEFF or DEUTDEFF500");
        }
        value = normalise(value);
    }

    public static Bic of(String text) {
        return new Bic(text);
    }

    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(normalise(text)).matches();
    }

    /** {@code text} trimmed and in upper case; nothing else is changed. */
    public static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    public String institutionCode() {
        return value.substring(0, 4);
    }

    public String countryCode() {
        return value.substring(4, 6);
    }

    public String locationCode() {
        return value.substring(6, 8);
    }

    /** The branch code, {@code XXX} for the primary office when a code of 8 characters is given. */
    public String branchCode() {
        return value.length() == 11 ? value.substring(8) : "XXX";
    }

    @Override
    public String toString() {
        return value;
    }
}
