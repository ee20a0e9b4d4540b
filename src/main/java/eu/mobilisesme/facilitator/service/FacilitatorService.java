package eu.mobilisesme.facilitator.service;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.domain.StaleVersionException;
import eu.mobilisesme.facilitator.domain.Facilitator;
import eu.mobilisesme.facilitator.domain.FacilitatorDetails;
import eu.mobilisesme.facilitator.persistence.FacilitatorRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Use cases of facilitator organisations; programme administrators manage them, everyone may read them. */
@ApplicationScoped
public class FacilitatorService {

    static final String RESOURCE = "Facilitator";

    private final FacilitatorRepository repository;
    private final Clock clock;

    public FacilitatorService(FacilitatorRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Facilitator> create(Actor actor, FacilitatorDetails details) {
        UUID id = UUID.randomUUID();
        return requireUniqueName(details, id)
                .flatMap(unique -> repository.persist(new Facilitator(id, details, actor.subject(), clock.instant())));
    }

    @WithSession
    public Uni<Facilitator> get(UUID id) {
        return repository.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    @WithSession
    public Uni<List<Facilitator>> list(String coveredCountry, Boolean active, Cursor after, int limit) {
        return repository.findPage(coveredCountry, active, after, limit);
    }

    /** Replaces the details; {@code expectedVersion} is empty only for {@code If-Match: *}. */
    @WithTransaction
    public Uni<Facilitator> update(Actor actor, UUID id, OptionalLong expectedVersion, FacilitatorDetails details) {
        return repository.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id))
                .invoke(facilitator -> {
                    if (expectedVersion.isPresent() && expectedVersion.getAsLong() != facilitator.getVersion()) {
                        throw new StaleVersionException(RESOURCE, facilitator.getVersion());
                    }
                })
                .call(facilitator -> requireUniqueName(details, id))
                .invoke(facilitator -> facilitator.change(details, actor.subject(), clock.instant()))
                .call(repository::flush);
    }

    private Uni<Boolean> requireUniqueName(FacilitatorDetails details, UUID id) {
        return repository.existsWithName(details.name(), details.country(), id).invoke(exists -> {
            if (exists) {
                throw new ConflictException("DUPLICATE_FACILITATOR",
                        "A facilitator named '" + details.name() + "' already exists in " + details.country() + ".");
            }
        });
    }
}
