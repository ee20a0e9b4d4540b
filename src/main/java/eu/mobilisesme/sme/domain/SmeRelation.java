package eu.mobilisesme.sme.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * How an actor relates to a company, and so what it may see and do. Who has which relation is decided in one place,
 * the persistence layer's {@code SmeRelations}.
 */
public enum SmeRelation {
    /** Anyone, for a company in the public catalogue (verified, and it agreed to be listed). */
    CATALOGUE_READER,
    /** The company's own users. */
    OWN_COMPANY,
    /** The facilitator the company is assigned to. */
    ASSIGNED_FACILITATOR,
    ADMIN,
    /** The partner client that imported the company. */
    IMPORTING_PARTNER;

    /** Who sees everything about the company: its figures, status, history. */
    public static final Set<SmeRelation> FULL_VIEW = EnumSet.complementOf(EnumSet.of(CATALOGUE_READER));
    /** Who manages the company: its profile and its people. */
    public static final Set<SmeRelation> MANAGERS = EnumSet.of(OWN_COMPANY, ASSIGNED_FACILITATOR, ADMIN);
    /** Who decides on its registration. */
    public static final Set<SmeRelation> DECIDERS = EnumSet.of(ASSIGNED_FACILITATOR, ADMIN);
}
