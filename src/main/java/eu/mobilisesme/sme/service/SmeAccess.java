package eu.mobilisesme.sme.service;

import java.util.UUID;
import java.util.function.BiPredicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.persistence.SmeRepository;
import io.smallrye.mutiny.Uni;

/**
 * Loads a company the way its visibility rules say: one the actor may not see at all does not exist for it (404, so
 * its existence is not revealed); one it may see but not act on is a 403.
 */
@ApplicationScoped
class SmeAccess {

    static final String RESOURCE = "SME";

    private final SmeRepository repository;

    SmeAccess(SmeRepository repository) {
        this.repository = repository;
    }

    /** The company if the actor sees it in full or in the public catalogue. */
    Uni<Sme> visible(Actor actor, UUID id) {
        return repository.findById(id).map(sme -> requireVisible(actor, id, sme));
    }

    /** The company if the actor sees all of it (figures, status, history). */
    Uni<Sme> fullyVisible(Actor actor, UUID id) {
        return repository.findById(id).map(sme -> {
            if (sme == null || !sme.isFullyVisibleTo(actor)) {
                throw new ResourceNotFoundException(RESOURCE, id);
            }
            return sme;
        });
    }

    /** The company, locked for the rest of the transaction, if the actor may do {@code action} to it. */
    Uni<Sme> lockedFor(Actor actor, UUID id, BiPredicate<Sme, Actor> allowed, String action) {
        return repository.findById(id, LockModeType.PESSIMISTIC_WRITE).map(sme -> {
            requireVisible(actor, id, sme);
            if (!allowed.test(sme, actor)) {
                throw new AccessDeniedException("You may not " + action + " this company.");
            }
            return sme;
        });
    }

    private static Sme requireVisible(Actor actor, UUID id, Sme sme) {
        if (sme == null || !(sme.isFullyVisibleTo(actor) || sme.isInPublicCatalogue())) {
            throw new ResourceNotFoundException(RESOURCE, id);
        }
        return sme;
    }
}
