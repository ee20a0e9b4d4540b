package eu.mobilisesme.facilitator.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
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

    /** The facilitator as other features' rules see it; 404 when there is none. */
    @WithSession
    public Uni<FacilitatorProfile> profile(UUID id) {
        return get(id).map(facilitator -> new FacilitatorProfile(facilitator.getId(), facilitator.getName(),
                facilitator.getCountry(), facilitator.isActive()));
    }

    /** Replaces the details of the version the client read (the row is locked, so concurrent writes queue up). */
    @WithTransaction
    public Uni<Facilitator> update(Actor actor, UUID id, ExpectedVersion expectedVersion, FacilitatorDetails details) {
        return repository.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id))
                .invoke(facilitator -> expectedVersion.check(RESOURCE, facilitator.getVersion()))
                .call(facilitator -> requireUniqueName(details, id))
                .invoke(facilitator -> facilitator.change(details, actor.subject(), clock.instant()))
                .call(repository::flush);
    }

    /** Fails with 422 {@code FACILITATOR_NOT_AVAILABLE} unless the facilitator is active and covers the country. */
    @WithSession
    public Uni<Void> requireAvailableFor(UUID facilitatorId, String country) {
        return repository.findById(facilitatorId).invoke(facilitator -> {
            if (facilitator == null || !facilitator.isActive() || !facilitator.getCoveredCountries().contains(country)) {
                throw new BusinessRuleException("FACILITATOR_NOT_AVAILABLE",
                        "Facilitator " + facilitatorId + " is not an active facilitator covering " + country + ".");
            }
        }).replaceWithVoid();
    }

    /** The only active facilitator covering {@code country}, if there is exactly one. */
    @WithSession
    public Uni<Optional<UUID>> soleFacilitatorCovering(String country) {
        return repository.findActiveCovering(country, 2)
                .map(ids -> ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty());
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
