package eu.mobilisesme.participant.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.participant.domain.Participant;
import eu.mobilisesme.participant.domain.ParticipantDetails;
import eu.mobilisesme.participant.persistence.ParticipantRepository;
import eu.mobilisesme.sme.service.SmeService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The people of a company. Only those who manage the company (the company itself, its facilitator, administrators)
 * see or change them; for anyone else a participant does not exist.
 */
@ApplicationScoped
public class ParticipantService {

    static final String RESOURCE = "Participant";

    private final ParticipantRepository repository;
    private final SmeService smes;
    private final Instance<ParticipantRecords> recordProviders;
    private final Instance<ParticipantErasures> erasures;
    private final Clock clock;

    public ParticipantService(ParticipantRepository repository, SmeService smes,
            @Any Instance<ParticipantRecords> recordProviders, @Any Instance<ParticipantErasures> erasures,
            Clock clock) {
        this.repository = repository;
        this.smes = smes;
        this.recordProviders = recordProviders;
        this.erasures = erasures;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Participant> add(Actor actor, UUID smeId, ParticipantDetails details) {
        UUID id = UUID.randomUUID();
        return smes.requireManagedBy(actor, smeId)
                .call(managed -> requireUniqueEmail(smeId, details.email(), id))
                .flatMap(managed -> repository.persist(new Participant(id, smeId, details, actor, clock.instant())));
    }

    @WithSession
    public Uni<List<Participant>> list(Actor actor, UUID smeId, Cursor after, int limit) {
        return smes.requireManagedBy(actor, smeId).flatMap(managed -> repository.findPage(smeId, after, limit));
    }

    @WithSession
    public Uni<Participant> get(Actor actor, UUID id) {
        return managed(actor, repository.findById(id), id);
    }

    /**
     * The participant, locked until the caller's transaction ends (rules such as "no overlapping stays" are checked
     * under it), if it is a person of {@code smeId} whose data was not erased; otherwise 422
     * {@code PARTICIPANT_NOT_OF_COMPANY}.
     */
    @WithSession
    public Uni<ParticipantProfile> lockMemberOf(UUID participantId, UUID smeId) {
        return repository.findById(participantId, LockModeType.PESSIMISTIC_WRITE)
                .map(participant -> member(participant, participantId, smeId));
    }

    /** As {@link #lockMemberOf}, without the lock: for reading, e.g. the languages matching compares. */
    @WithSession
    public Uni<ParticipantProfile> memberOf(UUID participantId, UUID smeId) {
        return repository.findById(participantId).map(participant -> member(participant, participantId, smeId));
    }

    /**
     * The participant's company and whether their data was erased, for another feature that decides itself who may
     * reach what it keeps of the participant (through {@link SmeService#managerRoles}); 404 when there is no such
     * participant.
     */
    @WithSession
    public Uni<ParticipantMembership> membership(UUID participantId) {
        return repository.findById(participantId).map(participant -> {
            if (participant == null) {
                throw new ResourceNotFoundException(RESOURCE, participantId);
            }
            return new ParticipantMembership(participantId, participant.getSmeId(), participant.isErased());
        });
    }

    private static ParticipantProfile member(Participant participant, UUID participantId, UUID smeId) {
        if (participant == null || !participant.getSmeId().equals(smeId) || participant.isErased()) {
            throw new BusinessRuleException("PARTICIPANT_NOT_OF_COMPANY",
                    "Participant " + participantId + " is not a person of the sending company.");
        }
        return new ParticipantProfile(participant.getId(), participant.getSmeId(), participant.getLanguages(),
                Boolean.TRUE.equals(participant.getHasDisability()));
    }

    /** Replaces the details of the version the client read; an erased participant cannot be changed (409). */
    @WithTransaction
    public Uni<Participant> update(Actor actor, UUID id, ExpectedVersion expectedVersion,
            ParticipantDetails details) {
        return managed(actor, repository.findById(id, LockModeType.PESSIMISTIC_WRITE), id)
                .invoke(participant -> expectedVersion.check(RESOURCE, participant.getVersion()))
                .call(participant -> requireUniqueEmail(participant.getSmeId(), details.email(), id))
                .invoke(participant -> participant.change(details, actor, clock.instant()))
                .call(repository::flush);
    }

    /** Everything the service holds about the participant: the person, the company, and other features' records. */
    @WithSession
    public Uni<ParticipantExport> export(Actor actor, UUID id) {
        return managed(actor, repository.findById(id), id)
                .flatMap(participant -> smes.profile(participant.getSmeId())
                        .flatMap(sme -> heldAbout(id).map(records -> new ParticipantExport(clock.instant(),
                                participant, sme.id(), sme.legalName(), records))));
    }

    private Uni<List<ParticipantRecords.HeldRecord>> heldAbout(UUID id) {
        return Multi.createFrom().iterable(recordProviders)
                .onItem().transformToUniAndConcatenate(provider -> provider.heldAbout(id))
                .onItem().<ParticipantRecords.HeldRecord>disjoint()
                .collect().asList();
    }

    /**
     * Pseudonymises the participant on their request; the row stays for the records audit needs. What other features
     * keep of the person's data (their bank accounts) is erased in the same transaction.
     */
    @WithTransaction
    public Uni<Participant> erase(Actor actor, UUID id, ExpectedVersion expected) {
        return managed(actor, repository.findById(id, LockModeType.PESSIMISTIC_WRITE), id)
                .invoke(participant -> expected.check(RESOURCE, participant.getVersion()))
                .invoke(participant -> participant.erase(actor, clock.instant()))
                .call(participant -> Multi.createFrom().iterable(erasures)
                        .onItem().transformToUniAndConcatenate(erasure -> erasure.erased(id, actor))
                        .collect().last())
                .call(repository::flush);
    }

    /** The participant if the actor manages its company; otherwise, as if it did not exist, 404. */
    private Uni<Participant> managed(Actor actor, Uni<Participant> lookup, UUID id) {
        return lookup.flatMap(participant -> participant == null ? notFound(id)
                : smes.isManagedBy(actor, participant.getSmeId())
                        .flatMap(managed -> managed ? Uni.createFrom().item(participant) : notFound(id)));
    }

    private static Uni<Participant> notFound(UUID id) {
        return Uni.createFrom().failure(new ResourceNotFoundException(RESOURCE, id));
    }

    private Uni<Void> requireUniqueEmail(UUID smeId, String email, UUID id) {
        return repository.emailTaken(smeId, email, id).invoke(taken -> {
            if (taken) {
                throw new ConflictException("DUPLICATE_PARTICIPANT",
                        "The company already has a participant with this email address.");
            }
        }).replaceWithVoid();
    }
}
