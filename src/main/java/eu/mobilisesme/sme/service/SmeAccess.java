package eu.mobilisesme.sme.service;

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
import eu.mobilisesme.sme.persistence.SmeReader;
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
    private final SmeReader reader;

    SmeAccess(SmeRepository repository, SmeReader reader) {
        this.repository = repository;
        this.reader = reader;
    }

    /** The company as the actor sees it, if it may see it; read in one statement, outside any session. */
    Uni<SeenSme> readable(Actor actor, UUID id) {
        return reader.find(id, actor).invoke(seen -> {
            if (seen == null || seen.relations().isEmpty()) {
                throw new ResourceNotFoundException(RESOURCE, id);
            }
        });
    }

    /** Fails, as if the company did not exist, unless the actor has one of {@code relations} to it; in the session. */
    Uni<Void> requireAnyOf(Actor actor, UUID id, Set<SmeRelation> relations) {
        return repository.relationsTo(id, actor).invoke(found -> {
            if (found.stream().noneMatch(relations::contains)) {
                throw new ResourceNotFoundException(RESOURCE, id);
            }
        }).replaceWithVoid();
    }

    /**
     * The company, locked for the rest of the transaction, if the actor may read it (404), has one of
     * {@code allowed} to it (403) to {@code action} it, and based the write on the current version (412, or 428 when a
     * version is required and none was given).
     */
    Uni<Sme> lockedFor(Actor actor, UUID id, Set<SmeRelation> allowed, String action, ExpectedVersion expected) {
        return repository.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(sme -> repository.relationsTo(id, actor).map(relations -> {
                    if (relations.isEmpty()) {
                        throw new ResourceNotFoundException(RESOURCE, id);
                    }
                    if (relations.stream().noneMatch(allowed::contains)) {
                        throw new AccessDeniedException("You may not " + action + " this company.");
                    }
                    expected.check(RESOURCE, sme.getVersion());
                    return sme;
                }));
    }
}
