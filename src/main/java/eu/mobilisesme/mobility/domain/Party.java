package eu.mobilisesme.mobility.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts people play in one application; one actor may play several. Who plays which part is decided in one place,
 * the persistence layer's {@code ApplicationParties}.
 */
public enum Party {
    SENDING_SME,
    /** The company whose proposal was accepted: the application's host. */
    HOST_SME,
    /** A company with an open proposal: it may read the proposal and what it needs to answer, and answer. */
    PROPOSED_HOST,
    SENDING_FACILITATOR,
    HOST_FACILITATOR,
    ADMIN,
    /** A partner portal that registered the sending or the host company (scope {@code applications:read}). */
    PARTNER_READER;

    /**
     * Those who read an application's details (history, revisions, signatures, reports): every party but a proposed
     * host, which sees only what it needs to answer.
     */
    public static final Set<Party> DETAIL_READERS = EnumSet.complementOf(EnumSet.of(PROPOSED_HOST));
}
