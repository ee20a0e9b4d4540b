package eu.mobilisesme.mobility.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.mobilisesme.common.domain.CefrLevel;
import eu.mobilisesme.common.domain.CollaborationType;
import eu.mobilisesme.common.domain.LanguageSkill;

/**
 * A host company suggested for an application, with a transparent score: every point comes with the reason that
 * earned it, so people can see why a company ranks where it does.
 */
public record HostSuggestion(UUID hostSmeId, int score, List<String> reasons) {

    static final int SAME_DIVISION = 3;
    static final int SAME_SECTION = 1;
    static final int TARGET_MARKET = 2;
    static final int SHARED_LANGUAGE = 1;
    static final int MAX_SHARED_LANGUAGES = 3;
    static final int OFFERS_COLLABORATION = 2;
    static final int PREFERRED_COUNTRY = 1;

    /** A company as matching sees it: where it is, what it does, what it speaks, wants and offers. */
    public record Company(UUID id, String country, String naceCode, String naceSection, List<String> languages,
            List<String> targetMarkets, Set<CollaborationType> collaborationOffered) {

        public String naceDivision() {
            return naceCode.substring(0, 2);
        }
    }

    /** What the sending side brings to the match. */
    public record Sender(Company company, Collection<LanguageSkill> participantLanguages,
            CollaborationType collaborationType, Set<String> preferredCountries) {
    }

    public static HostSuggestion evaluate(Sender sender, Company host) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        String senderDivision = sender.company().naceDivision();
        if (senderDivision.equals(host.naceDivision())) {
            score += SAME_DIVISION;
            reasons.add("Same NACE division " + senderDivision + " (+" + SAME_DIVISION + ")");
        } else if (sender.company().naceSection() != null
                && sender.company().naceSection().equals(host.naceSection())) {
            score += SAME_SECTION;
            reasons.add("Same NACE section " + host.naceSection() + " (+" + SAME_SECTION + ")");
        }
        if (sender.company().targetMarkets().contains(host.country())) {
            score += TARGET_MARKET;
            reasons.add("Host country " + host.country() + " is a target market (+" + TARGET_MARKET + ")");
        }
        List<String> shared = sender.participantLanguages().stream()
                .filter(skill -> skill.level().compareTo(CefrLevel.B1) >= 0)
                .map(LanguageSkill::language)
                .filter(language -> speaks(host, language))
                .limit(MAX_SHARED_LANGUAGES)
                .toList();
        for (String language : shared) {
            score += SHARED_LANGUAGE;
            reasons.add("Shared language " + language + " at B1 or above (+" + SHARED_LANGUAGE + ")");
        }
        if (host.collaborationOffered().contains(sender.collaborationType())) {
            score += OFFERS_COLLABORATION;
            reasons.add("Offers " + sender.collaborationType() + " (+" + OFFERS_COLLABORATION + ")");
        }
        if (sender.preferredCountries().contains(host.country())) {
            score += PREFERRED_COUNTRY;
            reasons.add("In a preferred country (+" + PREFERRED_COUNTRY + ")");
        }
        return new HostSuggestion(host.id(), score, List.copyOf(reasons));
    }

    /** A participant's {@code en-GB} and a host's {@code en} are one language: compare the primary subtag. */
    private static boolean speaks(Company host, String language) {
        String primary = language.split("-")[0];
        return host.languages().stream().anyMatch(spoken -> spoken.split("-")[0].equals(primary));
    }
}
