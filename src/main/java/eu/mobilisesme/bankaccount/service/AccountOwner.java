package eu.mobilisesme.bankaccount.service;

import java.util.Objects;
import java.util.UUID;

import eu.mobilisesme.bankaccount.domain.OwnerKind;

/** Whose bank account: a company, a participant or a facilitator, by id. */
public record AccountOwner(OwnerKind kind, UUID id) {

    public AccountOwner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static AccountOwner sme(UUID id) {
        return new AccountOwner(OwnerKind.SME, id);
    }

    public static AccountOwner participant(UUID id) {
        return new AccountOwner(OwnerKind.PARTICIPANT, id);
    }

    public static AccountOwner facilitator(UUID id) {
        return new AccountOwner(OwnerKind.FACILITATOR, id);
    }

    /** The owner's resource type, as in the messages of not-found problems: {@code SME}, {@code Participant}, ... */
    String resourceType() {
        return switch (kind) {
            case SME -> "SME";
            case PARTICIPANT -> "Participant";
            case FACILITATOR -> "Facilitator";
        };
    }

    /** E.g. {@code SME 0b6f...}: whose account a message is about. */
    @Override
    public String toString() {
        return resourceType() + " " + id;
    }
}
