package eu.mobilisesme.bankaccount.domain;

/** Where an account stands; an owner has at most one ACTIVE and one AWAITING_CONFIRMATION account. */
public enum AccountStatus {
    /** The account in use: payments go to (or, for a facilitator, come from) it. */
    ACTIVE,
    /** Given while payments to the owner were pending: the active one stays in use until a facilitator confirms it. */
    AWAITING_CONFIRMATION,
    /** Replaced by a later account, or erased with the participant's personal data. */
    SUPERSEDED,
    /** The facilitator in charge refused it; the active one stayed in use. */
    REFUSED
}
