package eu.mobilisesme.bankaccount.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.AuditedEntity;
import eu.mobilisesme.common.domain.Bic;
import eu.mobilisesme.common.domain.Iban;

/**
 * One account an owner gave: the holder's name, the IBAN (electronic form) and optionally the BIC. The details never
 * change; a new account is a new row, and the old one is superseded. Who gave it, who confirmed or refused it, and
 * when, stay on the row.
 */
@Entity
@Table(name = "bank_account")
public class BankAccount extends AuditedEntity {

    /** The longest holder name a SEPA credit transfer carries (pain.001 {@code Nm}). */
    public static final int HOLDER_NAME_MAX_LENGTH = 70;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    private OwnerKind ownerKind;
    @Column(name = "owner_id")
    private UUID ownerId;
    private int revision;
    @Column(name = "holder_name")
    private String holderName;
    private String iban;
    private String bic;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "refused_at")
    private Instant refusedAt;
    @Column(name = "refused_by")
    private String refusedBy;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Column(name = "erased_at")
    private Instant erasedAt;
    @Column(name = "erased_by")
    private String erasedBy;

    protected BankAccount() {
    }

    /**
     * An account {@code actor} gives for the owner, as its {@code revision}-th: in use at once when
     * {@code needsConfirmation} is false, otherwise waiting for the facilitator in charge.
     */
    public BankAccount(UUID id, OwnerKind ownerKind, UUID ownerId, int revision, String holderName, Iban iban,
            Bic bic, boolean needsConfirmation, Actor actor, Instant at) {
        super(id, actor.subject(), at);
        if (holderName == null || holderName.isBlank() || holderName.length() > HOLDER_NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A holder name has 1 to " + HOLDER_NAME_MAX_LENGTH + " characters");
        }
        this.ownerKind = Objects.requireNonNull(ownerKind);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.revision = revision;
        this.holderName = holderName;
        this.iban = iban.value();
        this.bic = bic == null ? null : bic.value();
        if (needsConfirmation) {
            this.status = AccountStatus.AWAITING_CONFIRMATION;
        } else {
            this.status = AccountStatus.ACTIVE;
            this.activatedAt = at;
        }
    }

    /** Whether it names the same account, to the letter: the same holder, IBAN and BIC. */
    public boolean sameAs(String otherHolderName, Iban otherIban, Bic otherBic) {
        return !isErased() && holderName.equals(otherHolderName) && iban.equals(otherIban.value())
                && Objects.equals(bic, otherBic == null ? null : otherBic.value());
    }

    /** The facilitator in charge confirms the waiting account: it is now the one in use. */
    public void confirm(Actor actor, Instant at) {
        require(AccountStatus.AWAITING_CONFIRMATION);
        status = AccountStatus.ACTIVE;
        activatedAt = at;
        confirmedAt = at;
        confirmedBy = actor.subject();
        touch(actor.subject(), at);
    }

    /** The facilitator in charge refuses the waiting account, saying why; the active one stays in use. */
    public void refuse(Actor actor, Instant at, String reason) {
        require(AccountStatus.AWAITING_CONFIRMATION);
        status = AccountStatus.REFUSED;
        refusedAt = at;
        refusedBy = actor.subject();
        refusalReason = reason;
        touch(actor.subject(), at);
    }

    /** A later account replaces this one (in use or waiting). */
    public void supersede(Actor actor, Instant at) {
        if (status != AccountStatus.ACTIVE && status != AccountStatus.AWAITING_CONFIRMATION) {
            throw new IllegalStateException("Only a current account can be superseded, not a " + status + " one");
        }
        status = AccountStatus.SUPERSEDED;
        supersededAt = at;
        touch(actor.subject(), at);
    }

    /**
     * Clears the holder, IBAN and BIC for good, when the participant who owns the account has their personal data
     * erased; the row stays, with who did what and when. An account in use or waiting ends. Erasing twice changes
     * nothing more.
     */
    public void erase(Actor actor, Instant at) {
        if (isErased()) {
            return;
        }
        if (isCurrent()) {
            status = AccountStatus.SUPERSEDED;
            supersededAt = at;
        }
        holderName = null;
        iban = null;
        bic = null;
        refusalReason = null;
        erasedAt = at;
        erasedBy = actor.subject();
        touch(actor.subject(), at);
    }

    /** In use, or waiting to be. */
    public boolean isCurrent() {
        return status == AccountStatus.ACTIVE || status == AccountStatus.AWAITING_CONFIRMATION;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private void require(AccountStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("The account is " + status + ", not " + expected);
        }
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public int getRevision() {
        return revision;
    }

    /** Null once erased. */
    public String getHolderName() {
        return holderName;
    }

    /** The electronic form; null once erased. */
    public String getIban() {
        return iban;
    }

    public String getBic() {
        return bic;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }

    public String getRefusedBy() {
        return refusedBy;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getErasedBy() {
        return erasedBy;
    }
}
