package eu.mobilisesme.participant.domain;

/** How a participant belongs to the sending company; all stay employed and paid by it during the stay. */
public enum ParticipantRole {
    /** An employee with a full-time contract. */
    EMPLOYEE,
    MANAGER,
    /** An owner or co-owner. */
    OWNER
}
