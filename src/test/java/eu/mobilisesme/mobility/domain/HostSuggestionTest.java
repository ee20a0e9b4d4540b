package eu.mobilisesme.mobility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.mobilisesme.participant.domain.CefrLevel;
import eu.mobilisesme.participant.domain.LanguageSkill;
import eu.mobilisesme.sme.domain.Address;
import eu.mobilisesme.sme.domain.CollaborationType;
import eu.mobilisesme.sme.domain.ExchangeRole;
import eu.mobilisesme.sme.domain.NaceCode;
import eu.mobilisesme.sme.domain.NaceVersion;
import eu.mobilisesme.sme.domain.SmeDetails;
import eu.mobilisesme.support.ReferenceData;

class HostSuggestionTest {

    static {
        ReferenceData.load();
    }

    private static SmeDetails company(String country, String nace, List<String> languages,
            Set<CollaborationType> offered, List<String> targetMarkets) {
        return new SmeDetails("Company", null, country, null, new Address("Street 1", "1000", "City"), null,
                country + "123456789", NaceCode.of(nace, NaceVersion.REV_2), 2000, 10, BigDecimal.ONE, BigDecimal.ONE,
                languages, new TreeSet<>(offered), new TreeSet<>(), targetMarkets, ExchangeRole.BOTH, 1, null, true);
    }

    private static final HostSuggestion.Sender SENDER = new HostSuggestion.Sender(
            company("IT", "10.41", List.of("it"), Set.of(), List.of("DE", "PT")),
            List.of(new LanguageSkill("it", CefrLevel.C2), new LanguageSkill("en-GB", CefrLevel.B2),
                    new LanguageSkill("de", CefrLevel.A2)),
            CollaborationType.TRAINING, Set.of("PT"));

    @Test
    void everyPointComesWithItsReason() {
        HostSuggestion best = HostSuggestion.evaluate(SENDER, UUID.randomUUID(), company("DE", "10.89",
                List.of("de", "en"), Set.of(CollaborationType.TRAINING), List.of()));
        assertThat(best.score()).isEqualTo(3 + 2 + 1 + 2);
        assertThat(best.reasons()).containsExactly("Same NACE division 10 (+3)",
                "Host country DE is a target market (+2)", "Shared language en-GB at B1 or above (+1)",
                "Offers TRAINING (+2)");
    }

    @Test
    void aSectionCountsLessThanADivisionAndWeakLanguagesNotAtAll() {
        HostSuggestion sameSection = HostSuggestion.evaluate(SENDER, UUID.randomUUID(), company("AT", "C25.62",
                List.of("de"), Set.of(), List.of()));
        assertThat(sameSection.score()).isEqualTo(1);
        assertThat(sameSection.reasons()).containsExactly("Same NACE section C (+1)");
    }

    @Test
    void aPreferredCountryAddsAPoint() {
        HostSuggestion preferred = HostSuggestion.evaluate(SENDER, UUID.randomUUID(), company("PT", "62.01",
                List.of("pt"), Set.of(), List.of()));
        assertThat(preferred.score()).isEqualTo(2 + 1);
        assertThat(preferred.reasons()).containsExactly("Host country PT is a target market (+2)",
                "In a preferred country (+1)");
    }

    @Test
    void nothingInCommonScoresZero() {
        HostSuggestion none = HostSuggestion.evaluate(SENDER, UUID.randomUUID(), company("SE", "62.01",
                List.of("sv"), Set.of(CollaborationType.JOINT_RESEARCH), List.of()));
        assertThat(none.score()).isZero();
        assertThat(none.reasons()).isEmpty();
    }
}
