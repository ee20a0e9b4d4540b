package eu.mobilisesme.payment.bankfile;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Free text in the character set every SEPA bank must accept (EPC basic Latin: {@code a-z A-Z 0-9 / - ? : ( ) . , ' +}
 * and space). Banks may refuse a whole file for one character outside it, so names and remittance lines go through
 * here before they reach a bank file.
 */
public final class SepaText {

    private static final String ALLOWED_SIGNS = "/-?:().,'+ ";
    /** Letters no Unicode decomposition turns into basic Latin, and a few signs with a close SEPA cousin. */
    private static final Map<Integer, String> TRANSLITERATION = transliteration();

    private SepaText() {
    }

    /**
     * The text in the SEPA character set: accents dropped ({@code é -> e}), other Latin, Greek and Cyrillic letters
     * transliterated ({@code ß -> ss}, {@code Ł -> L}, {@code Ж -> Zh}), any other character a space; runs of spaces
     * collapsed, trimmed, cut to {@code maxLength}. Empty for {@code null} or when nothing is left: the XSD's text
     * types need at least one character, so a caller must not write an empty result.
     */
    public static String of(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength + 1));
        for (int i = 0; i < text.length() && out.length() <= maxLength; i += Character.charCount(text.codePointAt(i))) {
            appendConverted(out, text.codePointAt(i));
        }
        out.setLength(Math.min(out.length(), maxLength));
        return out.toString().strip();
    }

    private static void appendConverted(StringBuilder out, int codePoint) {
        // The table comes first so that a letter with its own transliteration (й -> y) is not first reduced to its
        // base letter (и -> i) by the decomposition.
        if (codePoint < 0x80 || TRANSLITERATION.containsKey(codePoint)) {
            appendBasicLatin(out, codePoint);
        } else {
            // NFKD rather than NFD: it also unfolds compatibility forms (no-break space, ligatures, full-width
            // letters), which NFD leaves as they are.
            Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD).codePoints()
                    .filter(part -> !isDroppable(part))
                    .forEach(part -> appendBasicLatin(out, part));
        }
    }

    private static void appendBasicLatin(StringBuilder out, int codePoint) {
        String transliterated = TRANSLITERATION.get(codePoint);
        if (transliterated != null) {
            appendAll(out, transliterated);
        } else {
            appendBasic(out, codePoint < 0x80 ? (char) codePoint : ' ');
        }
    }

    private static void appendAll(StringBuilder out, String basicLatin) {
        for (int i = 0; i < basicLatin.length(); i++) {
            appendBasic(out, basicLatin.charAt(i));
        }
    }

    /** Appends an allowed character, or one space for anything else; never a leading or a second space. */
    private static void appendBasic(StringBuilder out, char c) {
        boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || ALLOWED_SIGNS.indexOf(c) >= 0;
        char appended = allowed ? c : ' ';
        if (appended != ' ' || out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(appended);
        }
    }

    /** Accents split off by the decomposition, and invisible formatting (soft hyphen, zero-width space). */
    private static boolean isDroppable(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static Map<Integer, String> transliteration() {
        Map<Integer, String> table = new HashMap<>();
        // Latin letters that are letters of their own, not a base letter with an accent.
        letters(table, "ßæœøđðþłħıŧŋĸŀ", "ss ae oe o d d th l h i t n k l");
        // Cyrillic as Bulgaria (the SEPA member writing it) romanises it, plus the Serbian and Macedonian letters.
        letters(table, "абвгдежзийклмнопрстуфхцчшщъьюяыэёєіїґђјљњћџѓќѕ",
                "a b v g d e zh z i y k l m n o p r s t u f h ts ch sh sht a y yu ya y e yo ye i yi g dj j lj nj c dz gj"
                        + " kj dz");
        // Greek, letter by letter (ELOT 743 without its digraph rules); accented vowels lose their accent first.
        letters(table, "αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o");
        table.put((int) 'ẞ', "SS");
        // Signs with a SEPA cousin; the middle dot of Catalan "l·l" simply goes.
        "‘’‚‛′`´\"“”„«»".codePoints().forEach(quote -> table.put(quote, "'"));
        "‐‑‒–—―−".codePoints().forEach(dash -> table.put(dash, "-"));
        table.put((int) '&', "+");
        table.put((int) '€', "EUR");
        table.put((int) '·', "");
        return Map.copyOf(table);
    }

    /** Each lower-case letter with its transliteration, and its capital with the transliteration capitalised. */
    private static void letters(Map<Integer, String> table, String lowerCase, String transliterations) {
        String[] latin = transliterations.split(" ");
        for (int i = 0; i < lowerCase.length(); i++) {
            char letter = lowerCase.charAt(i);
            table.put((int) letter, latin[i]);
            char capital = Character.toUpperCase(letter);
            if (capital != letter && !table.containsKey((int) capital)) {
                table.put((int) capital, Character.toUpperCase(latin[i].charAt(0)) + latin[i].substring(1));
            }
        }
    }
}
