package eu.mobilisesme.mobility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.common.domain.CefrLevel;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.LanguageSkill;

class HostSuggestionTest {

    private static HostSuggestion.Company company(String country, String nace, String section,
            List<String> languages, Set<CollaborationType> offered, List<String> targetMarkets) {
        return new HostSuggestion.Company(UUID.randomUUID(), country, nace, section, languages, targetMarkets,
                offered);
    }

    private static final HostSuggestion.Sender SENDER = new HostSuggestion.Sender(
            company("IT", "10.41", "C", List.of("it"), Set.of(), List.of("DE", "PT")),
            List.of(new LanguageSkill("it", CefrLevel.C2), new LanguageSkill("en-GB", CefrLevel.B2),
                    new LanguageSkill("de", CefrLevel.A2)),
            CollaborationType.TRAINING, Set.of("PT"));

    @Test
    void everyPointComesWithItsReason() {
        HostSuggestion best = HostSuggestion.evaluate(SENDER, company("DE", "10.89", "C",
                List.of("de", "en"), Set.of(CollaborationType.TRAINING), List.of()));
        assertThat(best.score()).isEqualTo(3 + 2 + 1 + 2);
        assertThat(best.reasons()).containsExactly("Same NACE division 10 (+3)",
                "Host country DE is a target market (+2)", "Shared language en-GB at B1 or above (+1)",
                "Offers TRAINING (+2)");
    }

    @Test
    void aSectionCountsLessThanADivisionAndWeakLanguagesNotAtAll() {
        HostSuggestion sameSection = HostSuggestion.evaluate(SENDER, company("AT", "25.62", "C",
                List.of("de"), Set.of(), List.of()));
        assertThat(sameSection.score()).isEqualTo(1);
        assertThat(sameSection.reasons()).containsExactly("Same NACE section C (+1)");
    }

    @Test
    void aPreferredCountryAddsAPoint() {
        HostSuggestion preferred = HostSuggestion.evaluate(SENDER, company("PT", "62.01", "J",
                List.of("pt"), Set.of(), List.of()));
        assertThat(preferred.score()).isEqualTo(2 + 1);
        assertThat(preferred.reasons()).containsExactly("Host country PT is a target market (+2)",
                "In a preferred country (+1)");
    }

    @Test
    void nothingInCommonScoresZero() {
        HostSuggestion none = HostSuggestion.evaluate(SENDER, company("SE", "62.01", "J",
                List.of("sv"), Set.of(CollaborationType.JOINT_RESEARCH), List.of()));
        assertThat(none.score()).isZero();
        assertThat(none.reasons()).isEmpty();
    }
}
