package eu.mobilisesme.common.domain;

/** Common European Framework of Reference levels, lowest first, so they compare by ability. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2
}
