package eu.mobilisesme.common.domain;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags such as {@code it} or {@code pt-BR}. */
public final class LanguageTags {

    /** The longest tag accepted. */
    public static final int MAX_LENGTH = 35;

    private LanguageTags() {
    }

    /** Whether {@code tag} is well formed and names a language (not only a region or script). */
    public static boolean isValid(String tag) {
        if (tag == null || tag.length() > MAX_LENGTH) {
            return false;
        }
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The tag in its canonical case ({@code pt-br} becomes {@code pt-BR}), for storing and comparing. */
    public static String canonical(String tag) {
        return Locale.forLanguageTag(tag).toLanguageTag();
    }
}
