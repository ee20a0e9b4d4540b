package eu.mobilisesme.mobility.domain;

/** OPEN until the host answers; CLOSED when another host accepted or the application ended first. */
public enum ProposalStatus {
    OPEN, ACCEPTED, DECLINED, CLOSED
}
