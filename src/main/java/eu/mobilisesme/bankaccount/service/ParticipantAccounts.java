package eu.mobilisesme.bankaccount.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.bankaccount.domain.BankAccount;
import eu.mobilisesme.bankaccount.domain.OwnerKind;
import eu.mobilisesme.bankaccount.persistence.BankAccountRepository;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.participant.service.ParticipantErasures;
import eu.mobilisesme.participant.service.ParticipantRecords;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A participant's bank accounts are their personal data: they are in the participant's data export, and erased with
 * the participant (the holder, IBAN and BIC are cleared; who gave, confirmed or refused each account, and when, stays).
 * Payments already approved keep the account they were approved with: that copy is the financial record.
 */
@ApplicationScoped
public class ParticipantAccounts implements ParticipantRecords, ParticipantErasures {

    private final BankAccountRepository repository;
    private final Clock clock;

    public ParticipantAccounts(BankAccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @WithSession
    public Uni<List<HeldRecord>> heldAbout(UUID participantId) {
        return repository.findAll(OwnerKind.PARTICIPANT, participantId)
                .map(accounts -> accounts.stream().map(ParticipantAccounts::record).toList());
    }

    /** Runs in the erasure's transaction, under the owner's lock, so no account is given meanwhile. */
    @Override
    @WithTransaction
    public Uni<Void> erased(UUID participantId, Actor actor) {
        return repository.lockOwner(OwnerKind.PARTICIPANT, participantId)
                .flatMap(locked -> repository.findAll(OwnerKind.PARTICIPANT, participantId))
                .invoke(accounts -> accounts.forEach(account -> account.erase(actor, clock.instant())))
                .call(accounts -> repository.flush())
                .replaceWithVoid();
    }

    private static HeldRecord record(BankAccount account) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("status", account.getStatus().name());
        facts.put("holderName", account.getHolderName());
        facts.put("iban", account.getIban());
        facts.put("bic", account.getBic());
        facts.put("createdAt", account.getCreatedAt());
        facts.put("activatedAt", account.getActivatedAt());
        facts.put("confirmedAt", account.getConfirmedAt());
        facts.put("refusedAt", account.getRefusedAt());
        facts.put("refusalReason", account.getRefusalReason());
        facts.put("supersededAt", account.getSupersededAt());
        facts.put("erasedAt", account.getErasedAt());
        return new HeldRecord("bank-account", account.getId(), facts);
    }
}
