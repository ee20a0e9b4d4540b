package eu.mobilisesme.partner.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.persistence.UniqueViolations;
import eu.mobilisesme.common.security.RateLimitConfig;
import eu.mobilisesme.partner.domain.PartnerClient;
import eu.mobilisesme.partner.domain.PartnerClientDetails;
import eu.mobilisesme.partner.persistence.PartnerClientRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The registry of partner clients, kept by programme administrators. A change takes effect on the client's next
 * request: its standing is read on every one.
 */
@ApplicationScoped
public class PartnerClientService {

    static final String RESOURCE = "Partner client";
    /** The unique index PostgreSQL names after the column's unique constraint. */
    private static final String CLIENT_ID_KEY = "partner_client_client_id_key";

    private final PartnerClientRepository repository;
    private final RateLimitConfig rateLimits;
    private final Clock clock;

    PartnerClientService(PartnerClientRepository repository, RateLimitConfig rateLimits, Clock clock) {
        this.repository = repository;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /** 409 {@code CLIENT_ID_TAKEN} when another registration has the client id. */
    @WithTransaction
    public Uni<PartnerClient> register(Actor admin, PartnerClientDetails details) {
        requireKnownTier(details);
        PartnerClient client = new PartnerClient(UUID.randomUUID(), details, admin.subject(), clock.instant());
        return repository.persistAndFlush(client)
                .onFailure(failure -> UniqueViolations.of(failure, CLIENT_ID_KEY)).transform(taken -> new ConflictException(
                        "CLIENT_ID_TAKEN", "A partner client with the client id " + details.clientId()
                                + " is already registered."));
    }

    @WithSession
    public Uni<PartnerClient> get(UUID id) {
        return repository.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    /** The registration of the calling partner client. */
    @WithSession
    public Uni<PartnerClient> own(Actor partner) {
        return repository.findByClientId(partner.subject()).onItem().ifNull()
                .failWith(() -> new ResourceNotFoundException(RESOURCE, partner.subject()));
    }

    @WithSession
    public Uni<List<PartnerClient>> list(Cursor after, int limit) {
        return repository.findPage(after, limit);
    }

    /** Replaces the details of the version the administrator read; the row is locked, so writes queue up. */
    @WithTransaction
    public Uni<PartnerClient> update(Actor admin, UUID id, ExpectedVersion expectedVersion,
            PartnerClientDetails details) {
        requireKnownTier(details);
        return repository.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(RESOURCE, id))
                .invoke(client -> expectedVersion.check(RESOURCE, client.getVersion()))
                .invoke(client -> client.change(details, admin.subject(), clock.instant()))
                .call(repository::flush);
    }

    private void requireKnownTier(PartnerClientDetails details) {
        if (!rateLimits.tiers().containsKey(details.rateLimitTier())) {
            throw new BusinessRuleException("RATE_LIMIT_TIER_UNKNOWN", "There is no rate-limit tier named "
                    + details.rateLimitTier() + "; the tiers are " + String.join(", ", rateLimits.tiers().keySet())
                    + ".");
        }
    }
}
