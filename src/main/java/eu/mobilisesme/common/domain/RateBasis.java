package eu.mobilisesme.common.domain;

/** Which monthly rate a grant is computed with (DOMAIN rule 8). */
public enum RateBasis {
    /** The rate of the host country in the rate table. */
    HOST_COUNTRY,
    /** The rate for participants with disabilities, the same whatever the host country. */
    DISABILITY
}
