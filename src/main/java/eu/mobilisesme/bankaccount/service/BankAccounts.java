package eu.mobilisesme.bankaccount.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.bankaccount.domain.AccountStatus;
import eu.mobilisesme.bankaccount.domain.BankAccount;
import eu.mobilisesme.bankaccount.persistence.BankAccountRepository;
import eu.mobilisesme.bankaccount.persistence.PayeePayments;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Bic;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.Iban;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.domain.StaleVersionException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The bank accounts of payees (companies, participants) and of paying facilitators: giving one, reading them,
 * confirming or refusing a change, and the account in use for a payment or a bank file.
 *
 * <p>Changing the account of a payee with payments on their way (pending or approved) needs the confirmation of the
 * facilitator in charge; until then the account in use stays the old one. Redirected payouts are the classic payment
 * fraud: whoever takes over a company's login (or a forged e-mail "from the company") gives a new IBAN just before the
 * money leaves, and the grant goes to the fraudster. A second person who knows the company, the facilitator, has to
 * agree before a change can catch money already on its way. An owner with no account yet, or with nothing on its way,
 * gets its new account at once: there is nothing to redirect.
 */
@ApplicationScoped
public class BankAccounts {

    private static final String RESOURCE = "Bank account";

    private final BankAccountRepository repository;
    private final PayeePayments payments;
    private final AccountAccess access;
    private final Clock clock;

    public BankAccounts(BankAccountRepository repository, PayeePayments payments, AccountAccess access, Clock clock) {
        this.repository = repository;
        this.payments = payments;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The account in use for the owner now, or a 422 BusinessRuleException("BANK_ACCOUNT_MISSING", ...) naming whose
     * account is missing. Works inside the caller's Hibernate Reactive session/transaction.
     */
    @WithSession
    public Uni<AccountDetails> activeAccount(AccountOwner owner) {
        return repository.findActive(owner.kind(), owner.id()).map(active -> {
            if (active == null) {
                throw new BusinessRuleException("BANK_ACCOUNT_MISSING", owner + " has no bank account in use.");
            }
            return new AccountDetails(active.getHolderName(), active.getIban(), active.getBic());
        });
    }

    /** The owner's account in use and the one waiting for confirmation; 404 when it has neither. */
    @WithSession
    public Uni<OwnerAccounts> current(Actor actor, AccountOwner owner) {
        return access.readable(actor, owner).flatMap(readable -> currentOf(owner)).invoke(accounts -> {
            if (accounts.isEmpty()) {
                throw new ResourceNotFoundException(RESOURCE + " of " + owner.resourceType(), owner.id());
            }
        });
    }

    /**
     * Gives the owner an account. The first one, or a change while nothing is on its way to the owner, is in use at
     * once and supersedes the old one; a change while payments are pending waits for the facilitator in charge, and
     * supersedes an account already waiting. Giving the account in use again withdraws the waiting one; giving the
     * waiting one again changes nothing. Replacing needs the version the actor read ({@code If-Match}); the first
     * account needs none.
     */
    @WithTransaction
    public Uni<Change> give(Actor actor, AccountOwner owner, ExpectedVersion expected, AccountDetails details) {
        Iban iban = Iban.of(details.iban());
        Bic bic = details.bic() == null ? null : Bic.of(details.bic());
        String holderName = details.holderName();
        // The lock comes first, so that an erasure or another change of the owner's accounts is either wholly
        // before this one (and seen by it) or wholly after.
        return repository.lockOwner(owner.kind(), owner.id())
                .flatMap(locked -> access.mayGive(actor, owner))
                .flatMap(allowed -> currentOf(owner))
                .flatMap(before -> {
                    checkVersion(expected, before);
                    BankAccount active = before.active();
                    BankAccount waiting = before.awaitingConfirmation();
                    if (waiting != null && waiting.sameAs(holderName, iban, bic)
                            || waiting == null && active != null && active.sameAs(holderName, iban, bic)) {
                        return Uni.createFrom().item(new Change(before, false));
                    }
                    Instant now = clock.instant();
                    if (active != null && active.sameAs(holderName, iban, bic)) {
                        waiting.supersede(actor, now);
                        return repository.flush().flatMap(flushed -> currentOf(owner))
                                .map(after -> new Change(after, false));
                    }
                    return payments.havePending(owner.kind(), owner.id())
                            .flatMap(pending -> replace(actor, owner, before, holderName, iban, bic,
                                    pending && active != null, now))
                            .map(after -> new Change(after, before.isEmpty()));
                });
    }

    /** The outcome of giving an account: the owner's accounts now, and whether it had none before. */
    public record Change(OwnerAccounts accounts, boolean first) {
    }

    /**
     * The facilitator in charge confirms the waiting account {@code accountId}, which it has seen: it is in use from
     * now on and the old one is superseded. Naming the account makes sure no one confirms an account that replaced the
     * one they checked.
     */
    @WithTransaction
    public Uni<OwnerAccounts> confirm(Actor actor, AccountOwner owner, UUID accountId, ExpectedVersion expected) {
        return decide(actor, owner, accountId, expected, (waiting, active, now) -> {
            if (active != null) {
                active.supersede(actor, now);
            }
            return repository.flush().invoke(flushed -> waiting.confirm(actor, now));
        });
    }

    /** The facilitator in charge refuses the waiting account {@code accountId}, saying why; the active one stays. */
    @WithTransaction
    public Uni<OwnerAccounts> refuse(Actor actor, AccountOwner owner, UUID accountId, ExpectedVersion expected,
            String reason) {
        return decide(actor, owner, accountId, expected, (waiting, active, now) -> {
            waiting.refuse(actor, now, reason);
            return Uni.createFrom().voidItem();
        });
    }

    /** Every account the owner gave, newest first, after {@code after}. */
    @WithSession
    public Uni<List<BankAccount>> history(Actor actor, AccountOwner owner, Cursor after, int limit) {
        return access.readable(actor, owner)
                .flatMap(readable -> repository.findPage(owner.kind(), owner.id(), after, limit));
    }

    private Uni<OwnerAccounts> replace(Actor actor, AccountOwner owner, OwnerAccounts before, String holderName,
            Iban iban, Bic bic, boolean needsConfirmation, Instant now) {
        BankAccount waiting = before.awaitingConfirmation();
        if (waiting != null) {
            waiting.supersede(actor, now);
        }
        if (!needsConfirmation && before.active() != null) {
            before.active().supersede(actor, now);
        }
        // The old accounts leave their places before the new one takes its place: the unique indexes allow one
        // account in use and one waiting per owner, and a flush writes inserts before updates.
        return repository.flush()
                .flatMap(flushed -> repository.nextRevision(owner.kind(), owner.id()))
                .flatMap(revision -> repository.persist(new BankAccount(UUID.randomUUID(), owner.kind(), owner.id(),
                        revision, holderName, iban, bic, needsConfirmation, actor, now)))
                .flatMap(persisted -> repository.flush())
                .flatMap(flushed -> currentOf(owner));
    }

    private Uni<OwnerAccounts> decide(Actor actor, AccountOwner owner, UUID accountId, ExpectedVersion expected,
            Decision decision) {
        return repository.lockOwner(owner.kind(), owner.id())
                .flatMap(locked -> access.mayDecide(actor, owner))
                .flatMap(allowed -> currentOf(owner))
                .flatMap(before -> {
                    expected.check(RESOURCE, before.version());
                    BankAccount waiting = before.awaitingConfirmation();
                    if (waiting == null || !waiting.getId().equals(accountId)) {
                        throw notAwaiting(accountId, waiting);
                    }
                    if (waiting.getCreatedBy().equals(actor.subject())) {
                        throw new AccessDeniedException(
                                "You gave this account yourself; someone else must confirm or refuse it.");
                    }
                    return decision.apply(waiting, before.active(), clock.instant());
                })
                .flatMap(decided -> repository.flush())
                .flatMap(flushed -> currentOf(owner));
    }

    @FunctionalInterface
    private interface Decision {
        Uni<Void> apply(BankAccount waiting, BankAccount active, Instant now);
    }

    private static ConflictException notAwaiting(UUID accountId, BankAccount waiting) {
        String message = "Bank account " + accountId + " is not the one awaiting confirmation: "
                + (waiting == null ? "no account is." : "another one is; read it and decide on that one.");
        return waiting == null ? new ConflictException("BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION", message)
                : new ConflictException("BANK_ACCOUNT_NOT_AWAITING_CONFIRMATION", message,
                        Map.of("awaitingAccountId", waiting.getId()));
    }

    /**
     * A first account needs no version; replacing one needs the version the actor read. An {@code If-Match} on an
     * owner without accounts can match nothing (412).
     */
    private static void checkVersion(ExpectedVersion expected, OwnerAccounts before) {
        if (before.isEmpty()) {
            if (!expected.isMissing()) {
                throw StaleVersionException.absent(RESOURCE);
            }
            return;
        }
        expected.check(RESOURCE, before.version());
    }

    private Uni<OwnerAccounts> currentOf(AccountOwner owner) {
        return repository.findCurrent(owner.kind(), owner.id())
                .flatMap(current -> repository.versionOf(owner.kind(), owner.id()).map(version -> new OwnerAccounts(
                        owner, find(current, AccountStatus.ACTIVE), find(current, AccountStatus.AWAITING_CONFIRMATION),
                        version)));
    }

    private static BankAccount find(List<BankAccount> accounts, AccountStatus status) {
        return accounts.stream().filter(account -> account.getStatus() == status).findFirst().orElse(null);
    }
}
