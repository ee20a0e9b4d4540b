package eu.mobilisesme.sme.domain;

/** What two companies want to do together; a company lists the types it offers and the types it seeks. */
public enum CollaborationType {
    MARKET_RESEARCH,
    PRODUCT_DEVELOPMENT,
    /** Internationalisation and new clients. */
    INTERNATIONALISATION,
    TRAINING,
    JOINT_RESEARCH,
    /** Strengthening a collaboration the companies already have. */
    EXISTING_COLLABORATION,
    OTHER
}
