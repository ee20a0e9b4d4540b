package eu.mobilisesme.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.kpi.domain.Breakdown.Group;
import eu.mobilisesme.kpi.domain.KpiFigures.GroupCount;

class BreakdownTest {

    private static GroupCount people(Dimension dimension, String key, long sent) {
        return new GroupCount(dimension, key, key, null, sent);
    }

    private static GroupCount companies(String key, long registered, long sent) {
        return new GroupCount(Dimension.COUNTRY, key, key, registered, sent);
    }

    @Test
    void everyCategoryOfAFixedSetIsListedEmptyOnesToo() {
        Breakdown gender = Breakdown.of(Dimension.GENDER, List.of(people(Dimension.GENDER, "FEMALE", 12)), 5);
        assertThat(gender.groups()).containsExactly(new Group("FEMALE", "FEMALE", null, 12L),
                new Group("MALE", "MALE", null, 0L), new Group("OTHER", "OTHER", null, 0L),
                new Group("NOT_DECLARED", "NOT_DECLARED", null, 0L));
    }

    @Test
    void countsBelowTheMinimumAreHiddenButZeroIsShown() {
        Breakdown gender = Breakdown.of(Dimension.GENDER, List.of(people(Dimension.GENDER, "FEMALE", 12),
                people(Dimension.GENDER, "MALE", 4), people(Dimension.GENDER, "OTHER", 1)), 5);
        assertThat(gender.groups()).extracting(Group::participantsSent).containsExactly(12L, null, null, 0L);
    }

    @Test
    void aSingleHiddenCountHidesTheNextSmallestToo() {
        Breakdown roles = Breakdown.of(Dimension.PARTICIPANT_ROLE, List.of(
                people(Dimension.PARTICIPANT_ROLE, "EMPLOYEE", 20), people(Dimension.PARTICIPANT_ROLE, "MANAGER", 9),
                people(Dimension.PARTICIPANT_ROLE, "OWNER", 2)), 5);
        assertThat(roles.groups()).extracting(Group::participantsSent).containsExactly(20L, null, null);
    }

    @Test
    void companiesAreNeverHiddenAndCategoriesFollowTheirKeys() {
        Breakdown countries = Breakdown.of(Dimension.COUNTRY, List.of(companies("PT", 3, 6), companies("IT", 1, 2),
                companies("AT", 2, 0)), 5);
        assertThat(countries.groups()).containsExactly(new Group("AT", "AT", 2L, null),
                new Group("IT", "IT", 1L, null), new Group("PT", "PT", 3L, 6L));
    }

    @Test
    void aGroupOfOneIsHiddenWhateverTheMinimum() {
        Breakdown disability = Breakdown.of(Dimension.DISABILITY, List.of(people(Dimension.DISABILITY, "YES", 1),
                people(Dimension.DISABILITY, "NO", 40)), 2);
        assertThat(disability.groups()).extracting(Group::participantsSuppressed).containsExactly(true, true);
    }
}
