package eu.mobilisesme.payment.domain;

/** The parts in which a grant is paid (DOMAIN rule 9, Erasmus+ practice). */
public enum Instalment {
    /** The call's share of the grant, due once the arrival is confirmed. */
    PRE_FINANCING,
    /** What the actual grant leaves to pay, due when the final reports are in. */
    BALANCE,
    /** What was paid beyond the actual grant, ordered back from the payee when the final reports are in. */
    RECOVERY;

    /** Whether money goes to the payee (a credit transfer in a bank file) rather than back from it. */
    public boolean isPayout() {
        return this != RECOVERY;
    }
}
