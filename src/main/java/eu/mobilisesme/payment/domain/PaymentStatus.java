package eu.mobilisesme.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands: pending until a second person approves it, approved until a bank file includes it, exported
 * until the bank's status report says paid or failed. A recovery order is paid when its money comes back; pending and
 * approved payments are cancelled when their mobility is.
 */
public enum PaymentStatus {
    PENDING,
    APPROVED,
    EXPORTED,
    PAID,
    FAILED,
    CANCELLED;

    /** Statuses of a payment that still stands: it counts against its instalment and the grant. */
    public static final Set<PaymentStatus> LIVE = EnumSet.of(PENDING, APPROVED, EXPORTED, PAID);

    /** Statuses in which the money has not moved yet and nothing has gone to the bank: a change of account waits. */
    public static final Set<PaymentStatus> NOT_YET_EXPORTED = EnumSet.of(PENDING, APPROVED);
}
