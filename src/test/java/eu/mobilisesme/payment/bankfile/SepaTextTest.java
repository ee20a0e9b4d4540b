package eu.mobilisesme.payment.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free text into the EPC basic Latin set: transliteration, replacement, spaces and length. */
class SepaTextTest {

    private static final Pattern SEPA = Pattern.compile("[a-zA-Z0-9/\\-?:().,'+ ]*");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Crème brûlée SARL        | Creme brulee SARL",
            "Müller & Söhne GmbH      | Muller + Sohne GmbH",
            "Straße                   | Strasse",
            "Søren Ørsted ApS         | Soren Orsted ApS",
            "Łódź Łukasz              | Lodz Lukasz",
            "Þórður Guðmundsson       | Thordur Gudmundsson",
            "Đorđe Đoković            | Dorde Dokovic",
            "Œuvre Æsir               | Oeuvre Aesir",
            "Ħal Għaxaq               | Hal Ghaxaq",
            "İstanbul Kağıt A.Ş.      | Istanbul Kagit A.S.",
            "Ştefan Țurcanu SRL       | Stefan Turcanu SRL",
            "Col·legi d'Advocats      | Collegi d'Advocats",
            "O’Brien “Consulting”     | O'Brien 'Consulting'",
            "Grant 2026 – 1/2 (€900)  | Grant 2026 - 1/2 (EUR900)",
            "Иван Жеков ЕООД          | Ivan Zhekov EOOD",
            "Щастие й Юг              | Shtastie y Yug",
            "Ђорђе Његош              | Djordje Njegosh",
            "Αθήνα Ψηφιακή Α.Ε.       | Athina Psifiaki A.E.",
            "ﬁnance ＡＢＣ              | finance ABC",
            "a_b*c#d@e;f              | a b c d e f",
            "北京 Trading 公司          | Trading" })
    void convertsToTheSepaCharacterSet(String text, String expected) {
        assertThat(SepaText.of(text, 140)).isEqualTo(expected);
    }

    @Test
    void combiningAccentsAndInvisibleCharactersAreDropped() {
        assertThat(SepaText.of("Jose\u0301 Mu\u0308ller", 70)).isEqualTo("Jose Muller");
        assertThat(SepaText.of("Kauf\u00ADhaus Zero\u200Bwidth", 70)).isEqualTo("Kaufhaus Zerowidth");
    }

    @Test
    void whiteSpaceIsCollapsedAndTrimmed() {
        assertThat(SepaText.of("  \tAlpha\u00A0\u00A0 \n Beta\r\n ", 70)).isEqualTo("Alpha Beta");
    }

    @Test
    void isCutToTheMaximumLengthWithoutATrailingSpace() {
        assertThat(SepaText.of("abcde fghij", 5)).isEqualTo("abcde");
        assertThat(SepaText.of("abcde fghij", 6)).isEqualTo("abcde");
        assertThat(SepaText.of("abcde fghij", 7)).isEqualTo("abcde f");
        // Transliteration can lengthen the text: the cut applies to the result.
        assertThat(SepaText.of("ßßßß", 5)).isEqualTo("sssss");
    }

    @Test
    void nothingLeftIsEmpty() {
        assertThat(SepaText.of(null, 70)).isEmpty();
        assertThat(SepaText.of("", 70)).isEmpty();
        assertThat(SepaText.of("  &&  ", 70)).isEqualTo("++");
        assertThat(SepaText.of(" 漢字 ", 70)).isEmpty();
    }

    @Test
    void everyCharacterOfTheBasicMultilingualPlaneEndsUpInTheSepaSet() {
        StringBuilder all = new StringBuilder();
        for (char c = 1; c < Character.MIN_SURROGATE; c++) {
            all.append(c);
        }
        all.append("\uD83D\uDE00 emoji \uD835\uDC00 mathematical");
        String converted = SepaText.of(all.toString(), 1_000_000);
        assertThat(converted).matches(SEPA).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(SepaText.of(all.toString(), 140)).hasSize(140).matches(SEPA);
    }

    @Test
    void aMaximumLengthBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> SepaText.of("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
