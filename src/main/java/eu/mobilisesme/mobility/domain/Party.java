package eu.mobilisesme.mobility.domain;

/** The parts people play in one application; one actor may play several (an admin plays ADMIN only). */
public enum Party {
    SENDING_SME,
    HOST_SME,
    SENDING_FACILITATOR,
    HOST_FACILITATOR,
    ADMIN,
    /** A partner portal allowed to read applications (scope {@code applications:read}). */
    PARTNER_READER
}
