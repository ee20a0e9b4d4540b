package eu.mobilisesme.payment.bankfile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a pain.001 field accepts, checked before it is written: a value the bank would refuse fails here, with the
 * field's name, rather than in the bank's answer days later. Messages never repeat the value (it may be an IBAN).
 */
final class SepaFields {

    static final int NAME_LENGTH = 70;
    static final int IDENTIFIER_LENGTH = 35;
    static final int REMITTANCE_LENGTH = 140;

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("999999999.99");
    /** {@code DecimalNumber}: 18 digits in all, two of them decimals. */
    private static final int CONTROL_SUM_DIGITS = 18;

    private SepaFields() {
    }

    /**
     * An identifier (message, payment information, end-to-end) exactly as given: the bank quotes it back in its
     * status report, so it is refused rather than rewritten. EPC rules: SEPA characters only, 1 to 35 of them, not
     * starting or ending with '/' and no "//".
     */
    static String identifier(String value, String field) {
        if (value == null || value.isEmpty() || !SepaText.of(value, IDENTIFIER_LENGTH).equals(value)
                || value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
            throw new IllegalArgumentException(field + " must be 1 to " + IDENTIFIER_LENGTH
                    + " SEPA characters, not starting or ending with '/' and without '//'");
        }
        return value;
    }

    /** A name in SEPA characters; one with no letter or digit left (e.g. written in another script) is refused. */
    static String name(String value, String field) {
        String name = SepaText.of(value, NAME_LENGTH);
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException(field + " has no letter or digit in the SEPA character set");
        }
        return name;
    }

    /** An IBAN without the spaces it is often printed with, in capitals, with a valid ISO 13616 check (mod 97). */
    static String iban(String value, String field) {
        String iban = value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(iban).matches() || !hasValidCheckDigits(iban)) {
            throw new IllegalArgumentException(field + " is not a valid IBAN");
        }
        return iban;
    }

    /** A BIC (ISO 9362, 8 or 11 characters) in capitals; {@code null} when none is given (SEPA needs none). */
    static String optionalBic(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String bic = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!BIC.matcher(bic).matches()) {
            throw new IllegalArgumentException(field + " is not a valid BIC");
        }
        return bic;
    }

    /** An amount of one transfer in euro: from 0.01 to 999,999,999.99, never rounded here. */
    static BigDecimal amount(BigDecimal value, String field) {
        BigDecimal amount = cents(value, field);
        if (amount.signum() <= 0 || amount.compareTo(LARGEST_AMOUNT) > 0) {
            throw new IllegalArgumentException(field + " must be from 0.01 to 999999999.99");
        }
        return amount;
    }

    /** The control sum of a file: positive, at most 18 digits with two decimals. */
    static BigDecimal controlSum(BigDecimal value, String field) {
        BigDecimal sum = cents(value, field);
        if (sum.signum() <= 0 || sum.precision() > CONTROL_SUM_DIGITS) {
            throw new IllegalArgumentException(field + " must be positive with at most 18 digits");
        }
        return sum;
    }

    private static BigDecimal cents(BigDecimal value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        try {
            return value.setScale(2);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must have at most two decimals");
        }
    }

    /** ISO 13616: the first four characters moved to the end, letters as 10 to 35, the number mod 97 is 1. */
    private static boolean hasValidCheckDigits(String iban) {
        StringBuilder digits = new StringBuilder(iban.length() * 2);
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
