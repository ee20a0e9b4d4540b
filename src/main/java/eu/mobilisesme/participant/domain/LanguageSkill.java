package eu.mobilisesme.participant.domain;

/** A language (BCP 47 tag) and how well the participant speaks it. */
public record LanguageSkill(String language, CefrLevel level) {

    private static final char SEPARATOR = ':';

    /** The stored form, e.g. {@code it:C2}. */
    String encode() {
        return language + SEPARATOR + level;
    }

    static LanguageSkill decode(String stored) {
        int split = stored.lastIndexOf(SEPARATOR);
        return new LanguageSkill(stored.substring(0, split), CefrLevel.valueOf(stored.substring(split + 1)));
    }
}
