package eu.mobilisesme.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BICs in the ISO 9362 format: 4 letters of the institution, 2 of the country, 2 of the location, 3 of a branch. */
class BicTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "DEUTDEFF", "DEUTDEFF500", "NWBKGB2L", "BCITITMM", "ABNANL2A", "BNPAFRPPXXX",
            "UNCRITMMXXX", "RZBAATWW", "POALILIT", "NBAAMKPX" })
    void realCodesAreValid(String code) {
        assertThat(Bic.isValid(code)).isTrue();
        assertThat(Bic.of(code).value()).isEqualTo(code);
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreNormalised() {
        Bic bic = Bic.of(" deutdeff500 ");
        assertThat(bic.value()).isEqualTo("DEUTDEFF500");
        assertThat(bic.institutionCode()).isEqualTo("DEUT");
        assertThat(bic.countryCode()).isEqualTo("DE");
        assertThat(bic.locationCode()).isEqualTo("FF");
        assertThat(bic.branchCode()).isEqualTo("500");
        assertThat(Bic.of("DEUTDEFF").branchCode()).isEqualTo("XXX");
        assertThat(bic.toString()).isEqualTo("DEUTDEFF500");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "", "DEUTDEF", "DEUTDEFF5", "DEUTDEFF50", "DEUTDEFF5000", "DEU1DEFF", "DEUTD3FF",
            "DEUT DEFF", "DEUTDEFF-500", "DEUTDEFFÄ00" })
    void otherShapesAreNot(String code) {
        assertThat(Bic.isValid(code)).isFalse();
        assertThatThrownBy(() -> Bic.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("is not a valid BIC");
    }

    @Test
    void nullIsNoBic() {
        assertThat(Bic.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Bic(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
