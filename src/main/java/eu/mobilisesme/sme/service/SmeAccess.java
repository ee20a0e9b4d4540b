package eu.mobilisesme.sme.service;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.sme.domain.SeenSme;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeRelation;
import eu.mobilisesme.sme.persistence.SmeRepository;
import io.smallrye.mutiny.Uni;

/**
 * Loads a company with the actor's relations to it. What the actor may not read does not exist for it (404, so its
 * existence is not revealed); what it may read but not do is a 403.
 */
@ApplicationScoped
class SmeAccess {

    static final String RESOURCE = "SME";

    private final SmeRepository repository;

    SmeAccess(SmeRepository repository) {
        this.repository = repository;
    }

    /** The company, if the actor has one of {@code readers} to it. */
    Uni<SeenSme> readable(Actor actor, UUID id, Set<SmeRelation> readers) {
        return relations(actor, id, readers)
                .flatMap(relations -> repository.findById(id).map(sme -> new SeenSme(sme, relations)));
    }

    /**
     * The company, locked for the rest of the transaction, if the actor may read it (404), has one of
     * {@code allowed} to it (403) to {@code action} it, and based the write on the current version (412, or 428 when a
     * version is required and none was given).
     */
    Uni<Sme> lockedFor(Actor actor, UUID id, Set<SmeRelation> allowed, String action, ExpectedVersion expected) {
        return repository.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(sme -> relations(actor, id, EnumSet.allOf(SmeRelation.class))
                        .map(relations -> new SeenSme(sme, relations)))
                .map(seen -> {
                    if (!seen.hasAnyOf(allowed)) {
                        throw new AccessDeniedException("You may not " + action + " this company.");
                    }
                    expected.check(RESOURCE, seen.sme().getVersion());
                    return seen.sme();
                });
    }

    private Uni<Set<SmeRelation>> relations(Actor actor, UUID id, Set<SmeRelation> readers) {
        return repository.relationsTo(id, actor).invoke(relations -> {
            if (relations.stream().noneMatch(readers::contains)) {
                throw new ResourceNotFoundException(RESOURCE, id);
            }
        });
    }
}
