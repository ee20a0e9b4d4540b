package eu.mobilisesme.sme.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.facilitator.service.FacilitatorService;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeRelation;
import eu.mobilisesme.sme.domain.SmeSnapshot;
import eu.mobilisesme.sme.domain.SmeStatusChange;
import eu.mobilisesme.sme.domain.VerificationDecision;
import eu.mobilisesme.sme.persistence.SmeReader;
import eu.mobilisesme.sme.persistence.SmeRepository;
import eu.mobilisesme.sme.persistence.SmeStatusChangeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Verification of registrations: decisions, their history, the review queue and facilitator assignment. */
@ApplicationScoped
public class SmeVerificationService {

    private final SmeRepository repository;
    private final SmeReader reader;
    private final SmeStatusChangeRepository history;
    private final SmeAccess access;
    private final FacilitatorService facilitators;
    private final Instance<FacilitatorReassignments> reassignments;
    private final SmeEvents events;
    private final Clock clock;

    public SmeVerificationService(SmeRepository repository, SmeReader reader, SmeStatusChangeRepository history,
            SmeAccess access, FacilitatorService facilitators, @Any Instance<FacilitatorReassignments> reassignments,
            SmeEvents events, Clock clock) {
        this.repository = repository;
        this.reader = reader;
        this.history = history;
        this.access = access;
        this.facilitators = facilitators;
        this.reassignments = reassignments;
        this.events = events;
        this.clock = clock;
    }

    /** The assigned facilitator's (or an administrator's) decision, recorded with who, when and why. */
    @WithTransaction
    public Uni<Sme> decide(Actor actor, UUID id, VerificationDecision decision, String reason,
            ExpectedVersion expected) {
        return access.lockedFor(actor, id, SmeRelation.DECIDERS, "decide on the registration of", expected)
                .call(sme -> {
                    SmeStatusChange change = sme.decide(decision, actor, reason, clock.instant());
                    return history.persist(change).call(repository::flush).call(() -> events.moved(sme, change));
                });
    }

    /** The registration's history, oldest first, for those who see the company in full. */
    @WithSession
    public Uni<List<SmeStatusChange>> history(Actor actor, UUID id) {
        return access.requireAnyOf(actor, id, SmeRelation.FULL_VIEW).flatMap(readable -> history.findBySme(id));
    }

    /**
     * Registrations waiting for a facilitator's answer, by due date: a facilitator sees its own; an administrator
     * sees everyone's or, with {@code facilitatorId}, one facilitator's.
     */
    public Uni<List<SmeSnapshot>> reviewQueue(Actor actor, Optional<UUID> facilitatorId, boolean overdueOnly, Cursor after,
            int limit) {
        Optional<UUID> queueOf = facilitatorId;
        if (!actor.isAdmin()) {
            UUID own = actor.facilitatorId().filter(actor::actsForFacilitator).orElseThrow(
                    () -> new AccessDeniedException("Only facilitators and administrators have a review queue."));
            if (facilitatorId.filter(requested -> !requested.equals(own)).isPresent()) {
                throw new AccessDeniedException("A facilitator sees only its own review queue.");
            }
            queueOf = Optional.of(own);
        }
        Optional<LocalDate> overdueOn = overdueOnly ? Optional.of(today()) : Optional.empty();
        return reader.findReviewQueue(queueOf, overdueOn, after, limit);
    }

    /**
     * An administrator assigns the company to an active facilitator covering its country; what other features keep
     * of the facilitator in charge follows.
     */
    @WithTransaction
    public Uni<Sme> assignFacilitator(Actor actor, UUID id, UUID facilitatorId, ExpectedVersion expected) {
        return access.lockedFor(actor, id, Set.of(SmeRelation.ADMIN), "assign a facilitator to", expected)
                .call(sme -> facilitators.requireAvailableFor(facilitatorId, sme.getCountry()))
                .invoke(sme -> sme.assignFacilitator(facilitatorId, actor, clock.instant()))
                .call(sme -> Multi.createFrom().iterable(reassignments)
                        .onItem().transformToUniAndConcatenate(copy -> copy.reassigned(id, facilitatorId, actor))
                        .collect().last())
                .call(repository::flush)
                .call(sme -> events.changed(sme, Optional.empty()));
    }

    public LocalDate today() {
        return ProgrammeCalendar.today(clock);
    }
}
