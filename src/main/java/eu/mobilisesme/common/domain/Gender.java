package eu.mobilisesme.common.domain;

/**
 * A person's gender as they declare it, kept only for the call's reports (counts, never a list of people). A person
 * may leave it undeclared.
 */
public enum Gender {
    FEMALE,
    MALE,
    /** Neither, or another gender identity. */
    OTHER
}
