package eu.mobilisesme.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IBANs as ISO 13616 and the SWIFT IBAN Registry define them, with the registry's and banks' published examples. */
class IbanTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "GB29 NWBK 6016 1331 9268 19",
            "IT60 X054 2811 1010 0000 0123 456", "FR14 2004 1010 0505 0001 3M02 606",
            "FR76 3000 6000 0112 3456 7890 189", "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332",
            "BE68 5390 0754 7034", "AT61 1904 3002 3457 3201", "PL61 1090 1014 0000 0712 1981 2874",
            "PT50 0002 0123 1234 5678 9015 4", "GR16 0110 1250 0000 0001 2300 695",
            "HR12 1001 0051 8630 0016 0", "SI56 2633 0001 2039 086", "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
            "NO93 8601 1117 947", "IS14 0159 2600 7654 5510 7303 39", "LI21 0881 0000 2324 013A A",
            "CH93 0076 2011 6238 5295 7", "AL47 2121 1009 0000 0002 3569 8741", "ME25 5050 0001 2345 6789 51",
            "MK07 2501 2000 0058 984", "RS35 2600 0560 1001 6113 79", "TR33 0006 1005 1978 6457 8413 26",
            "SM86 U032 2509 8000 0000 0270 100", "BA39 1290 0794 0102 8494", "VA59 0011 2300 0012 3456 78",
            "AD12 0001 2030 2003 5910 0100", "MC58 1122 2000 0101 2345 6789 030", "GI75 NWBK 0000 0000 7099 453",
            "XK05 1212 0123 4567 8906" })
    void registryExamplesAreValid(String printed) {
        Iban iban = Iban.of(printed);
        assertThat(iban.value()).isEqualTo(printed.replace(" ", ""));
        assertThat(iban.printForm()).isEqualTo(printed);
        assertThat(Iban.isValid(printed)).isTrue();
        assertThat(Iban.defectOf(printed)).isEmpty();
    }

    @Test
    void theElectronicFormIsKeptWhateverFormAndCaseWereTyped() {
        Iban iban = Iban.of("  de89 3704 0044 0532 0130 00 ");
        assertThat(iban.value()).isEqualTo("DE89370400440532013000");
        assertThat(iban).isEqualTo(Iban.of("DE89370400440532013000")).isEqualTo(new Iban("de89\u00a0370400440532013000"));
        assertThat(iban.countryCode()).isEqualTo("DE");
        assertThat(iban.checkDigits()).isEqualTo("89");
        assertThat(iban.bban()).isEqualTo("370400440532013000");
        assertThat(iban.toString()).isEqualTo("DE89370400440532013000");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "DE88 3704 0044 0532 0130 00        | check digits do not match",
            "DE89 3704 0044 0532 0130 01        | check digits do not match",
            "GB82 WEST 1234 5698 7654 23        | check digits do not match",
            "IT60 X054 2811 1010 0000 0123 465  | check digits do not match",
            "NL19 ABNA 0417 1643 00             | check digits do not match",
            "DE8937040044053201300              | IBANs of DE have 22 characters, not 21",
            "DE89 3704 0044 0532 0130 000       | IBANs of DE have 22 characters, not 23",
            "NL91 ABNA 0417 1643 0              | IBANs of NL have 18 characters, not 17",
            "XX89 3704 0044 0532 0130 00        | XX is not a country of the IBAN registry",
            "US64 SVBK US6S 3300 9673 8637      | US is not a country of the IBAN registry",
            "8937 0400 4405 3201 3000           | it must start with a country code and two check digits, as in DE89",
            "DEXX 3704 0044 0532 0130 00        | it must start with a country code and two check digits, as in DE89",
            "DE                                 | it must start with a country code and two check digits, as in DE89",
            "DE89-3704-0044-0532-0130-00        | only letters, digits and spaces are allowed",
            "DE89 3704 0044 0532 0130 0Ö        | only letters, digits and spaces are allowed" })
    void invalidOnesSayWhy(String text, String defect) {
        assertThat(Iban.defectOf(text)).contains(defect);
        assertThat(Iban.isValid(text)).isFalse();
        assertThatThrownBy(() -> Iban.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is not a valid IBAN: " + defect);
    }

    @Test
    void checkDigitsAreNeverOutsideTwoToNinetyEight() {
        String account = "WEST12345698765432";
        assertThat(Iban.isValid("GB82" + account)).isTrue();
        for (String digits : new String[] { "00", "01", "99" }) {
            assertThat(Iban.defectOf("GB" + digits + account)).contains("check digits do not match");
        }
    }

    @Test
    void anIbanThatSumsWithCheckDigits99IsStillRefused() {
        // 99 is 02 plus 97: for an account whose check digits are 02, the mod-97 sum alone would accept 99 too.
        for (int account = 0; account < 10_000; account++) {
            String bban = String.format("%018d", account);
            String valid = validWithSomeCheckDigits(bban, "DE");
            if (valid.startsWith("DE02")) {
                assertThat(mod97("DE99" + bban)).isEqualTo(1);
                assertThat(Iban.defectOf("DE99" + bban)).contains("check digits do not match");
                return;
            }
        }
        throw new AssertionError("no account with check digits 02 among the first 10,000");
    }

    @Test
    void nullAndLengthsPerCountry() {
        assertThat(Iban.defectOf(null)).contains("it is missing");
        assertThatThrownBy(() -> new Iban(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Iban.lengthIn("NO")).hasValue(15);
        assertThat(Iban.lengthIn("MT")).hasValue(31);
        assertThat(Iban.lengthIn("XK")).hasValue(20);
        assertThat(Iban.lengthIn("US")).isEmpty();
    }

    /** The IBAN of {@code bban} in {@code country}, with the check digits ISO 7064 gives (98 - sum with 00). */
    private static String validWithSomeCheckDigits(String bban, String country) {
        int check = 98 - mod97(country + "00" + bban);
        return country + String.format("%02d", check) + bban;
    }

    /** An independent MOD 97-10 with BigInteger, as the standard describes it. */
    private static int mod97(String iban) {
        StringBuilder digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new java.math.BigInteger(digits.toString()).mod(java.math.BigInteger.valueOf(97)).intValue();
    }
}
