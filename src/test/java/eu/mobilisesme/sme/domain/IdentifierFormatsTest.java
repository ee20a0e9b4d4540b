package eu.mobilisesme.sme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.mobilisesme.support.ReferenceData;

/** VAT numbers, NUTS regions and NACE codes, checked against the company's country and the NACE edition. */
class IdentifierFormatsTest {

    @BeforeAll
    static void referenceData() {
        ReferenceData.load();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "IT, IT01234567890, true", "IT, IT0123456789, false", "IT, DE123456789, false",
            "GR, EL123456789, true", "GR, GR123456789, false", "AT, ATU12345678, true", "AT, AT12345678, false",
            "NL, NL123456789B01, true", "FR, FR4X303265045, true", "FR, FRI0303265045, false",
            "ES, ESB12345678, true", "DE, 'de 123.456-789', true", "NO, NO123456789MVA, true",
            "AL, AL K12345678L, true", "MK, MK4030000000000, true", "SM, SM12345, true" })
    void vatNumbersFollowTheirCountrysFormat(String country, String vatNumber, boolean valid) {
        assertThat(VatNumbers.isValidFor(country, vatNumber)).isEqualTo(valid);
    }

    @Test
    void vatNumbersAreNormalised() {
        assertThat(VatNumbers.normalise("it 0123-4567.890")).isEqualTo("IT01234567890");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({ "IT, ITF47, true", "IT, ITF, true", "IT, IT, false", "IT, PT11, false", "GR, EL52, true",
            "GR, GR52, false", "EE, EE001, true", "DE, DE1234, false" })
    void nutsRegionsBelongToTheCountry(String country, String region, boolean valid) {
        assertThat(NutsRegions.isValidFor(country, region)).isEqualTo(valid);
    }

    @Test
    void naceRev2CodesKnowTheirSection() {
        assertThat(NaceCode.of("C25.62", NaceVersion.REV_2)).isEqualTo(new NaceCode("25.62", NaceVersion.REV_2, "C"));
        assertThat(NaceCode.of("62", NaceVersion.REV_2)).isEqualTo(new NaceCode("62", NaceVersion.REV_2, "J"));
        assertThat(NaceCode.of("J 62.0", NaceVersion.REV_2).code()).isEqualTo("62.0");
        assertThat(NaceCode.problem("04.1", NaceVersion.REV_2)).contains("names no division of NACE Rev. 2");
        assertThat(NaceCode.problem("A25.62", NaceVersion.REV_2)).contains("division 25 belongs to section C");
        assertThat(NaceCode.problem("25.621", NaceVersion.REV_2)).isPresent();
        assertThatThrownBy(() -> NaceCode.of("x", NaceVersion.REV_2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void naceRev21CodesAreCheckedForFormatOnly() {
        assertThat(NaceCode.problem("04.1", NaceVersion.REV_2_1)).isEmpty();
        assertThat(NaceCode.of("K64.19", NaceVersion.REV_2_1)).isEqualTo(
                new NaceCode("64.19", NaceVersion.REV_2_1, "K"));
        assertThat(NaceCode.of("64.19", NaceVersion.REV_2_1).section()).isNull();
    }
}
