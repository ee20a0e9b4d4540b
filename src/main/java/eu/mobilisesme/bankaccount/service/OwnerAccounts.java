package eu.mobilisesme.bankaccount.service;

import eu.mobilisesme.bankaccount.domain.BankAccount;

/**
 * An owner's current accounts: the one in use and the one waiting for the facilitator's confirmation (either may be
 * null), and the version of the owner's accounts as a whole (the ETag).
 */
public record OwnerAccounts(AccountOwner owner, BankAccount active, BankAccount awaitingConfirmation, long version) {

    public boolean isEmpty() {
        return active == null && awaitingConfirmation == null;
    }
}
