package eu.mobilisesme.common.domain;

/** A language (BCP 47 tag) and how well someone speaks it. */
public record LanguageSkill(String language, CefrLevel level) {
}
