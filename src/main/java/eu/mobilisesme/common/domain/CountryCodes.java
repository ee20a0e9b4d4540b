package eu.mobilisesme.common.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, plus XK (Kosovo), which eligible-country lists of earlier calls use. */
public final class CountryCodes {

    private static final Set<String> KNOWN = known();

    private CountryCodes() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    private static Set<String> known() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
