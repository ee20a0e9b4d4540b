package eu.mobilisesme.sme.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The NACE Rev. 2 table is read with a CSV parser: comments, a header, and quoted titles that contain commas. */
class NaceReferenceDataTest {

    @Test
    void readsEveryDivisionOfTheClassPathTable() {
        Map<String, String> sections = NaceReferenceData.readRev2Divisions();
        assertThat(sections).hasSize(88).containsEntry("01", "A").containsEntry("10", "C").containsEntry("62", "J")
                .containsEntry("99", "U");
    }

    @Test
    void quotedFieldsAndCommentsAreCsvNotText() {
        String csv = """
                # a comment, with a comma
                level,code,section,title
                section,C,C,"Manufacturing"
                division,10,C,"Manufacture of food products, beverages"
                "division",11,"C","Manufacture of ""soft"" drinks"
                """;
        assertThat(NaceReferenceData.read(stream(csv))).containsOnly(Map.entry("10", "C"), Map.entry("11", "C"));
    }

    @Test
    void aDivisionWithoutSectionIsRefused() {
        assertThatThrownBy(() -> NaceReferenceData.read(stream("level,code,section,title\ndivision,10,,\"Food\"\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("10");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
