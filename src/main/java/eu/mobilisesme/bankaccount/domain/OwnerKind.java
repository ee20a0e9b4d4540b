package eu.mobilisesme.bankaccount.domain;

/**
 * Whose bank account it is. A value of the feature's service API (other features name owners with it), so it may be
 * used outside this feature, unlike the rest of this package.
 */
public enum OwnerKind {
    /** A company: the default payee of a grant (the sending SME). */
    SME,
    /** A participant, where the call pays the person (as Erasmus for Young Entrepreneurs does). */
    PARTICIPANT,
    /** A paying facilitator: the debtor account of its bank files. */
    FACILITATOR
}
