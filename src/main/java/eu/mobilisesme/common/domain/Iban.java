package eu.mobilisesme.common.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An International Bank Account Number (ISO 13616), held in its electronic form: upper case, no spaces, e.g.
 * {@code DE89370400440532013000}. It is built from either form people write (the grouped print form
 * {@code DE89 3704 0044 0532 0130 00}, any case) and exists only if it is valid: a country of the IBAN registry, the
 * length that country's IBANs have, letters and digits only, and the ISO 7064 MOD 97-10 check ({@code mod 97 == 1},
 * check digits 02 to 98). The national (BBAN) structure within is not checked: the check digits catch typing errors,
 * and the bank has the last word on whether the account exists.
 *
 * @param value the electronic form
 */
public record Iban(String value) {

    /** The longest IBAN the standard allows. */
    public static final int MAX_LENGTH = 34;

    /**
     * IBAN length by country code, from the SWIFT IBAN Registry (SWIFT is the ISO 13616 registration authority;
     * swift.com/standards/data-standards/iban, registry releases up to 2024). Territories that use another country's
     * IBANs are not listed separately: Åland uses FI; the French overseas departments and territories FR; Jersey,
     * Guernsey and the Isle of Man GB; the Azores and Madeira PT; the Canary Islands, Ceuta and Melilla ES.
     */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            // EU member states
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22),
            Map.entry("IT", 27), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24),
            // EEA, the other SEPA countries and the programme's candidate countries
            Map.entry("IS", 26), Map.entry("LI", 21), Map.entry("NO", 15), Map.entry("CH", 21), Map.entry("GB", 22),
            Map.entry("SM", 27), Map.entry("VA", 22), Map.entry("AD", 24), Map.entry("MC", 27), Map.entry("GI", 23),
            Map.entry("AL", 28), Map.entry("BA", 20), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("RS", 22),
            Map.entry("TR", 26), Map.entry("XK", 20), Map.entry("MD", 24), Map.entry("UA", 29), Map.entry("FO", 18),
            Map.entry("GL", 18),
            // the rest of the registry
            Map.entry("AE", 23), Map.entry("AZ", 28), Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CR", 22), Map.entry("DJ", 27), Map.entry("DO", 28), Map.entry("EG", 29),
            Map.entry("FK", 18), Map.entry("GE", 22), Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("IL", 23),
            Map.entry("IQ", 23), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("LY", 25), Map.entry("MN", 20), Map.entry("MR", 27), Map.entry("MU", 30),
            Map.entry("NI", 28), Map.entry("OM", 23), Map.entry("PK", 24), Map.entry("PS", 29), Map.entry("QA", 29),
            Map.entry("RU", 33), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SO", 23),
            Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("VG", 24),
            Map.entry("YE", 30));

    /** Normalises and checks {@code value}; an invalid IBAN is an {@link IllegalArgumentException} saying why. */
    public Iban {
        Optional<String> defect = defectOf(value);
        if (defect.isPresent()) {
            throw new IllegalArgumentException("is not a valid IBAN: " + defect.get());
        }
        value = normalise(value);
    }

    /** The IBAN {@code text} names, in either form; {@link IllegalArgumentException} when it is not a valid one. */
    public static Iban of(String text) {
        return new Iban(text);
    }

    public static boolean isValid(String text) {
        return defectOf(text).isEmpty();
    }

    /**
     * Why {@code text} is not a valid IBAN, in words for the person who typed it (e.g. "check digits do not match");
     * empty when it is valid.
     */
    public static Optional<String> defectOf(String text) {
        return text == null ? Optional.of("it is missing") : defectOfNormalised(normalise(text));
    }

    /** The electronic form of {@code text}: without spaces, in upper case; nothing else is changed. */
    public static String normalise(String text) {
        return text.replaceAll("[\\s\\u00A0]", "").toUpperCase(Locale.ROOT);
    }

    /** How long the IBANs of {@code countryCode} are; empty for a country that issues none. */
    public static OptionalInt lengthIn(String countryCode) {
        Integer length = LENGTHS.get(countryCode);
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    /** The ISO 3166-1 alpha-2 code of the country whose banks issued it, e.g. {@code DE}. */
    public String countryCode() {
        return value.substring(0, 2);
    }

    public String checkDigits() {
        return value.substring(2, 4);
    }

    /** The national part: bank, branch and account as the country's banks number them. */
    public String bban() {
        return value.substring(4);
    }

    /** The print form: groups of four characters, e.g. {@code DE89 3704 0044 0532 0130 00}. */
    public String printForm() {
        StringBuilder print = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                print.append(' ');
            }
            print.append(value.charAt(i));
        }
        return print.toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static Optional<String> defectOfNormalised(String iban) {
        if (!iban.chars().allMatch(Iban::isAsciiLetterOrDigit)) {
            return Optional.of("only letters, digits and spaces are allowed");
        }
        if (iban.length() < 4 || !isAsciiLetter(iban.charAt(0)) || !isAsciiLetter(iban.charAt(1))
                || !isDigit(iban.charAt(2)) || !isDigit(iban.charAt(3))) {
            return Optional.of("it must start with a country code and two check digits, as in DE89");
        }
        String country = iban.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            return Optional.of(country + " is not a country of the IBAN registry");
        }
        if (iban.length() != length) {
            return Optional.of("IBANs of " + country + " have " + length + " characters, not " + iban.length());
        }
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98 || mod97(iban) != 1) {
            // 00, 01 and 99 are never issued (ISO 7064 gives 02 to 98), though 01 and 99 can pass the sum itself.
            return Optional.of("check digits do not match");
        }
        return Optional.empty();
    }

    /** ISO 7064 MOD 97-10 over the IBAN moved round (country and check digits last), letters counting A = 10. */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int digitValue = Character.digit(rearranged.charAt(i), 36);
            remainder = (digitValue < 10 ? remainder * 10 : remainder * 100) + digitValue;
            remainder %= 97;
        }
        return remainder;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
