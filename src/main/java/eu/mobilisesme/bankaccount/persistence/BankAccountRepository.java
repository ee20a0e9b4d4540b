package eu.mobilisesme.bankaccount.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.bankaccount.domain.AccountStatus;
import eu.mobilisesme.bankaccount.domain.BankAccount;
import eu.mobilisesme.bankaccount.domain.OwnerKind;
import eu.mobilisesme.common.domain.Cursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BankAccountRepository implements PanacheRepositoryBase<BankAccount, UUID> {

    /**
     * Serialises, until the transaction ends, everyone changing the owner's accounts: a new account and a decision on
     * a waiting one must see each other's outcome, and an owner with no account yet has no row to lock.
     */
    public Uni<Void> lockOwner(OwnerKind kind, UUID ownerId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked",
                        Integer.class)
                .setParameter("key", "bank-account\u001f" + kind.name() + "\u001f" + ownerId)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** The owner's account in use and the one waiting for confirmation, if any, in revision order. */
    public Uni<List<BankAccount>> findCurrent(OwnerKind kind, UUID ownerId) {
        return list("ownerKind = :kind and ownerId = :owner and status in :current order by revision",
                Parameters.with("kind", kind).and("owner", ownerId)
                        .and("current", List.of(AccountStatus.ACTIVE, AccountStatus.AWAITING_CONFIRMATION)));
    }

    /** The owner's account in use; null when it has none. */
    public Uni<BankAccount> findActive(OwnerKind kind, UUID ownerId) {
        return find("ownerKind = ?1 and ownerId = ?2 and status = ?3", kind, ownerId, AccountStatus.ACTIVE)
                .firstResult();
    }

    /** Every account the owner ever gave, for erasing them and for the owner's data export. */
    public Uni<List<BankAccount>> findAll(OwnerKind kind, UUID ownerId) {
        return list("ownerKind = ?1 and ownerId = ?2 order by revision", kind, ownerId);
    }

    /** The owner's accounts, newest first, after {@code after} (whose sort key is a revision). */
    public Uni<List<BankAccount>> findPage(OwnerKind kind, UUID ownerId, Cursor after, int limit) {
        Parameters parameters = Parameters.with("kind", kind).and("owner", ownerId);
        String query = "ownerKind = :kind and ownerId = :owner";
        if (after != null) {
            query += " and revision < :afterRevision";
            parameters.and("afterRevision", Integer.parseInt(after.sortKey()));
        }
        return find(query + " order by revision desc", parameters).range(0, limit - 1).list();
    }

    /**
     * The owner's version as a whole: it grows with every change of any of its accounts (a new one adds one, each
     * change of an existing one adds at least one), so it serves as the ETag of the owner's accounts. 0 when none.
     */
    public Uni<Long> versionOf(OwnerKind kind, UUID ownerId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select coalesce(sum(version + 1), 0) from bank_account "
                        + "where owner_kind = :kind and owner_id = :owner", Long.class)
                .setParameter("kind", kind.name())
                .setParameter("owner", ownerId)
                .getSingleResult());
    }

    /** The revision the owner's next account gets. */
    public Uni<Integer> nextRevision(OwnerKind kind, UUID ownerId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select coalesce(max(revision), 0) + 1 from bank_account "
                        + "where owner_kind = :kind and owner_id = :owner", Integer.class)
                .setParameter("kind", kind.name())
                .setParameter("owner", ownerId)
                .getSingleResult());
    }
}
