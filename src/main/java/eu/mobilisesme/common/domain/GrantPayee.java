package eu.mobilisesme.common.domain;

/**
 * Who receives the grant of a mobility: the sending company by default, or the participant where the call says so,
 * as Erasmus for Young Entrepreneurs pays the person (DOMAIN rule 8).
 */
public enum GrantPayee {
    SENDING_SME,
    PARTICIPANT
}
