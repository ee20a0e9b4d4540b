package eu.mobilisesme.sme.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * VAT and company registration numbers, written with their country prefix (e.g. {@code IT01234567890}). The formats
 * of EU member states are those the European Commission's VIES service documents; Greece uses the prefix EL. For the
 * other eligible countries the national tax number formats are used; countries not listed get a generic check.
 */
public final class VatNumbers {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            format("AT", "U[0-9]{8}"), format("BE", "[01][0-9]{9}"), format("BG", "[0-9]{9,10}"),
            format("CY", "[0-9]{8}[A-Z]"), format("CZ", "[0-9]{8,10}"), format("DE", "[0-9]{9}"),
            format("DK", "[0-9]{8}"), format("EE", "[0-9]{9}"), format("EL", "[0-9]{9}"),
            format("ES", "[A-Z0-9][0-9]{7}[A-Z0-9]"), format("FI", "[0-9]{8}"),
            format("FR", "[A-HJ-NP-Z0-9]{2}[0-9]{9}"), format("HR", "[0-9]{11}"), format("HU", "[0-9]{8}"),
            format("IE", "[0-9]{7}[A-W][A-IW]?|[0-9][A-Z+*][0-9]{5}[A-W]"), format("IT", "[0-9]{11}"),
            format("LT", "[0-9]{9}|[0-9]{12}"), format("LU", "[0-9]{8}"), format("LV", "[0-9]{11}"),
            format("MT", "[0-9]{8}"), format("NL", "[0-9]{9}B[0-9]{2}"), format("PL", "[0-9]{10}"),
            format("PT", "[0-9]{9}"), format("RO", "[0-9]{2,10}"), format("SE", "[0-9]{12}"),
            format("SI", "[0-9]{8}"), format("SK", "[0-9]{10}"),
            format("AL", "[JKLM][0-9]{8}[A-Z]"), format("IS", "[0-9]{5,6}"), format("ME", "[0-9]{8}"),
            format("MK", "[0-9]{13}"), format("NO", "[0-9]{9}(MVA)?"), format("RS", "[0-9]{9}"),
            format("TR", "[0-9]{10}"));
    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9]{2,15}");

    private VatNumbers() {
    }

    /** Upper case without the spaces, dots and dashes people write into numbers. */
    public static String normalise(String vatNumber) {
        return vatNumber.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** The prefix a number of a company in {@code country} starts with: the country code, but EL for Greece. */
    public static String prefixOf(String country) {
        return "GR".equals(country) ? "EL" : country;
    }

    public static boolean isValidFor(String country, String vatNumber) {
        String number = normalise(vatNumber);
        String prefix = prefixOf(country);
        if (!number.startsWith(prefix)) {
            return false;
        }
        return FORMATS.getOrDefault(prefix, GENERIC).matcher(number.substring(prefix.length())).matches();
    }

    private static Map.Entry<String, Pattern> format(String prefix, String regex) {
        return Map.entry(prefix, Pattern.compile(regex));
    }
}
