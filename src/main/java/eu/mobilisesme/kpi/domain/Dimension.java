package eu.mobilisesme.kpi.domain;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.Gender;

/**
 * What the KPIs are broken down by: registered companies (where a company has the property) and participants sent.
 * A breakdown of a fixed set of categories lists all of them, empty ones too, so that a category's mere presence never
 * says that someone in it went.
 */
public enum Dimension {
    /** The company's country (the sending company's, for participants). */
    COUNTRY(true, List.of()),
    /** The NACE Rev. 2 section of the company's activity; UNKNOWN when its code has none. */
    NACE_SECTION(true, List.of()),
    /** The facilitator in charge of the company; UNASSIGNED when none is yet. */
    FACILITATOR(true, List.of()),
    COLLABORATION_TYPE(false, namesOf(CollaborationType.values())),
    /** The participant's role in the sending company (the participant feature's roles). */
    PARTICIPANT_ROLE(false, List.of("EMPLOYEE", "MANAGER", "OWNER")),
    GENDER(false, namesOf(Gender.values(), Category.NOT_DECLARED)),
    /** Whether the grant was computed at the rate for participants with disabilities. */
    DISABILITY(false, List.of(Category.YES, Category.NO));

    private final boolean countsCompanies;
    private final List<String> categories;

    Dimension(boolean countsCompanies, List<String> categories) {
        this.countsCompanies = countsCompanies;
        this.categories = categories;
    }

    /** Whether registered companies are counted by it too, or participants only. */
    public boolean countsCompanies() {
        return countsCompanies;
    }

    /** The categories a breakdown always lists; empty: only those with companies or people in them. */
    public List<String> categories() {
        return categories;
    }

    /** The names of {@code values}, then {@code more}. */
    private static List<String> namesOf(Enum<?>[] values, String... more) {
        return Stream.concat(Arrays.stream(values).map(Enum::name), Arrays.stream(more)).toList();
    }

    /** Names of the categories for values that are absent, or yes and no. */
    public static final class Category {
        public static final String NOT_DECLARED = "NOT_DECLARED";
        public static final String UNKNOWN = "UNKNOWN";
        public static final String UNASSIGNED = "UNASSIGNED";
        public static final String YES = "YES";
        public static final String NO = "NO";

        private Category() {
        }
    }
}
