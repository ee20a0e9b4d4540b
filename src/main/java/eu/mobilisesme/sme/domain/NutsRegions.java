package eu.mobilisesme.sme.domain;

import java.util.regex.Pattern;

/** NUTS region codes (levels 1-3, e.g. {@code ITF47}); they start with the country's NUTS code (EL for Greece). */
public final class NutsRegions {

    public static final String FORMAT = "[A-Z]{2}[0-9A-Z]{1,3}";
    private static final Pattern CODE = Pattern.compile(FORMAT);

    private NutsRegions() {
    }

    public static boolean isValidFor(String country, String region) {
        return CODE.matcher(region).matches() && region.startsWith(VatNumbers.prefixOf(country));
    }
}
