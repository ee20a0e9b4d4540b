package eu.mobilisesme.sme.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The divisions of NACE Rev. 2 and the section each belongs to. This is reference data: the application reads it at
 * start-up (see {@code NaceReferenceData}) and hands it over here, so the domain reads no files and no request waits
 * for the table.
 */
public final class NaceDivisions {

    private static volatile Map<String, String> rev2SectionOfDivision;

    private NaceDivisions() {
    }

    /** Uses {@code sectionOfDivision} (division {@code 10} to section {@code C}, ...) as the NACE Rev. 2 table. */
    public static void useRev2(Map<String, String> sectionOfDivision) {
        if (sectionOfDivision.isEmpty()) {
            throw new IllegalArgumentException("The NACE Rev. 2 table has no divisions");
        }
        rev2SectionOfDivision = Map.copyOf(sectionOfDivision);
    }

    public static boolean rev2Loaded() {
        return rev2SectionOfDivision != null;
    }

    /** The section of a NACE Rev. 2 division, or empty if there is no such division. */
    static Optional<String> rev2SectionOf(String division) {
        Map<String, String> table = rev2SectionOfDivision;
        if (table == null) {
            throw new IllegalStateException("The NACE Rev. 2 table is not loaded; it is loaded at start-up");
        }
        return Optional.ofNullable(table.get(division));
    }
}
