package eu.mobilisesme.sme.domain;

/** The edition of the NACE classification a code belongs to; Rev. 2.1 applies in EU statistics from 2025. */
public enum NaceVersion {
    REV_2,
    REV_2_1
}
