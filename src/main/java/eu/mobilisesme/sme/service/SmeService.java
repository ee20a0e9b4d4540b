package eu.mobilisesme.sme.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.mobilisesme.call.service.CallPolicyService;
import eu.mobilisesme.call.service.CallRules;
import eu.mobilisesme.common.domain.AccessDeniedException;
import eu.mobilisesme.common.domain.Actor;
import eu.mobilisesme.common.domain.BusinessRuleException;
import eu.mobilisesme.common.domain.ConflictException;
import eu.mobilisesme.common.domain.Cursor;
import eu.mobilisesme.common.domain.ExpectedVersion;
import eu.mobilisesme.common.domain.ProgrammeCalendar;
import eu.mobilisesme.common.domain.ResourceNotFoundException;
import eu.mobilisesme.common.domain.Roles;
import eu.mobilisesme.common.domain.StaleVersionException;
import eu.mobilisesme.common.persistence.UniqueViolations;
import eu.mobilisesme.facilitator.service.FacilitatorService;
import eu.mobilisesme.sme.domain.SeenSme;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeDetails;
import eu.mobilisesme.sme.domain.SmeRelation;
import eu.mobilisesme.sme.domain.SmeSearch;
import eu.mobilisesme.sme.persistence.SmeReader;
import eu.mobilisesme.sme.persistence.SmeRepository;
import eu.mobilisesme.sme.persistence.SmeStatusChangeRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Registering, changing, reading and searching company profiles. */
@ApplicationScoped
public class SmeService {

    private static final String VAT_INDEX = "sme_country_vat_uk";

    private final SmeRepository repository;
    private final SmeReader reader;
    private final SmeStatusChangeRepository history;
    private final SmeAccess access;
    private final CallPolicyService callPolicies;
    private final FacilitatorService facilitators;
    private final SmeEvents events;
    private final Clock clock;

    public SmeService(SmeRepository repository, SmeReader reader, SmeStatusChangeRepository history,
            SmeAccess access, CallPolicyService callPolicies, FacilitatorService facilitators, SmeEvents events,
            Clock clock) {
        this.repository = repository;
        this.reader = reader;
        this.history = history;
        this.access = access;
        this.callPolicies = callPolicies;
        this.facilitators = facilitators;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a company. An {@code sme} user registers its own company under the id its token names; facilitators
     * and administrators register companies on their behalf. The facilitator is the one chosen, else the registering
     * facilitator, else the only active one covering the country (otherwise an administrator assigns one later).
     */
    @WithTransaction
    public Uni<Sme> register(Actor actor, SmeDetails details, Optional<UUID> chosenFacilitator) {
        UUID id = !actor.roles().contains(Roles.SME) ? UUID.randomUUID()
                : actor.smeId().orElseThrow(() -> new AccessDeniedException(
                        "Your token names no company (sme_id), so you cannot register one."));
        Optional<UUID> facilitator = chosenFacilitator.or(() -> actor.facilitatorId().filter(actor::actsForFacilitator));
        return repository.findById(id)
                .invoke(existing -> {
                    if (existing != null) {
                        throw new ConflictException("SME_ALREADY_REGISTERED",
                                "Your company is already registered as " + id + ".");
                    }
                })
                .flatMap(none -> registerNew(id, actor, details, facilitator, null));
    }

    /** The company as the actor may see it: in full, or as its public catalogue entry. */
    public Uni<SeenSme> get(Actor actor, UUID id) {
        return access.readable(actor, id);
    }

    /** Replaces the details of the version the client read; identity changes send it back to verification. */
    @WithTransaction
    public Uni<Sme> update(Actor actor, UUID id, ExpectedVersion expectedVersion, SmeDetails details) {
        return access.lockedFor(actor, id, SmeRelation.MANAGERS, "change", expectedVersion)
                .call(sme -> change(sme, actor, details));
    }

    /**
     * Creates or updates the company a partner portal knows as {@code externalRef}. Sending the same details again
     * changes nothing (an idempotent retry); sending different ones needs the ETag in {@code If-Match}.
     */
    @WithTransaction
    public Uni<Upsert> upsertByExternalRef(Actor partner, String externalRef, ExpectedVersion expectedVersion,
            SmeDetails details) {
        return repository.lockExternalRef(partner.subject(), externalRef)
                .flatMap(locked -> repository.findByExternalRef(partner.subject(), externalRef))
                .flatMap(existing -> {
                    if (existing == null) {
                        if (!expectedVersion.isMissing()) {
                            throw StaleVersionException.absent(SmeAccess.RESOURCE);
                        }
                        return registerNew(UUID.randomUUID(), partner, details, Optional.empty(), externalRef)
                                .map(sme -> new Upsert(sme, true));
                    }
                    if (existing.details().equals(details) && expectedVersion.isMissing()) {
                        return Uni.createFrom().item(new Upsert(existing, false));
                    }
                    expectedVersion.check(SmeAccess.RESOURCE, existing.getVersion());
                    return change(existing, partner, details).map(sme -> new Upsert(sme, false));
                });
    }

    /** The outcome of an upsert: the company and whether it was created. */
    public record Upsert(Sme sme, boolean created) {
    }

    @WithSession
    public Uni<Sme> getByExternalRef(Actor partner, String externalRef) {
        return repository.findByExternalRef(partner.subject(), externalRef).onItem().ifNull()
                .failWith(() -> new ResourceNotFoundException(SmeAccess.RESOURCE, "externalRef " + externalRef));
    }

    /**
     * One page of the catalogue as the actor may see it, in (legal name, id) order, and the number of all matches
     * when {@code withTotal} (a full count, so only when asked).
     */
    public Uni<SearchResult> search(Actor actor, SmeSearch search, Cursor after, int limit, boolean withTotal) {
        return reader.search(search, actor, after, limit).flatMap(found -> withTotal
                ? reader.count(search, actor).map(total -> new SearchResult(found, total))
                : Uni.createFrom().item(new SearchResult(found, null)));
    }

    /** A page of companies as the actor sees them; {@code total} is null unless it was asked for. */
    public record SearchResult(List<SeenSme> found, Long total) {
    }

    /**
     * Fails unless the actor manages the company, and so its people: the company itself, its facilitator or an
     * administrator (partner portals never see personal data). For anyone else its people do not exist (404).
     */
    @WithSession
    public Uni<Void> requireManagedBy(Actor actor, UUID smeId) {
        return access.requireAnyOf(actor, smeId, SmeRelation.MANAGERS);
    }

    /** Whether the company exists and the actor manages it (the company itself, its facilitator, administrators). */
    @WithSession
    public Uni<Boolean> isManagedBy(Actor actor, UUID smeId) {
        return repository.relationsTo(smeId, actor)
                .map(relations -> relations.stream().anyMatch(SmeRelation.MANAGERS::contains));
    }

    /**
     * How the actor manages the company (see {@link ManagerRole}); none when it does not manage it, or when the
     * company does not exist, which the caller then cannot tell apart.
     */
    @WithSession
    public Uni<Set<ManagerRole>> managerRoles(Actor actor, UUID smeId) {
        return repository.relationsTo(smeId, actor).map(ManagerRole::of);
    }

    /**
     * The company as other features' rules see it, locked until the caller's transaction ends: for rules that count
     * across its applications (participants per call, people hosted at once). No visibility check: the caller has
     * made its own.
     */
    @WithSession
    public Uni<SmeProfile> lockProfile(UUID smeId) {
        return repository.findById(smeId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(SmeAccess.RESOURCE, smeId))
                .map(SmeProfile::of);
    }

    /**
     * The company as other features' rules see it, if it is in the public catalogue; empty otherwise, whether it
     * exists or not, so that the caller cannot tell a private company from none.
     */
    @WithSession
    public Uni<Optional<SmeProfile>> publicProfile(UUID smeId) {
        return repository.isInPublicCatalogue(smeId).flatMap(listed -> listed
                ? repository.findById(smeId).map(sme -> Optional.of(SmeProfile.of(sme)))
                : Uni.createFrom().item(Optional.empty()));
    }

    /** The company as other features' rules see it; no visibility check, the caller has made its own. */
    @WithSession
    public Uni<SmeProfile> profile(UUID smeId) {
        return repository.findById(smeId)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException(SmeAccess.RESOURCE, smeId))
                .map(SmeProfile::of);
    }

    /**
     * Companies that could host now: verified, listed in the catalogue, hosting with room, in one of
     * {@code countries} but not in {@code excludedCountry}; at most {@code limit}, those of {@code naceDivision} and
     * then those in {@code favouredCountries} first.
     */
    @WithSession
    public Uni<List<SmeProfile>> hostCandidates(String excludedCountry, Set<String> countries, String naceDivision,
            Set<String> favouredCountries, int limit) {
        return repository.findHostCandidates(excludedCountry, countries, naceDivision, favouredCountries, limit)
                .map(found -> found.stream().map(SmeProfile::of).toList());
    }

    private Uni<Sme> registerNew(UUID id, Actor actor, SmeDetails details, Optional<UUID> chosenFacilitator,
            String externalRef) {
        Instant now = clock.instant();
        return callPolicies.current()
                .invoke(policy -> requireEligible(policy, details.country()))
                .call(policy -> requireUniqueVatNumber(details, id))
                .flatMap(policy -> facilitatorFor(details.country(), chosenFacilitator)
                        .map(facilitator -> Sme.register(id, details, facilitator.orElse(null), externalRef, actor,
                                now, reviewDueOn(policy))))
                .call(registration -> repository.persist(registration.sme()))
                .call(registration -> history.persist(registration.submitted()))
                .call(repository::flush)
                .map(Sme.Registration::sme)
                .call(events::registered)
                .onFailure(failure -> UniqueViolations.of(failure, VAT_INDEX))
                .transform(failure -> duplicateVat(details));
    }

    private Uni<Sme> change(Sme sme, Actor actor, SmeDetails details) {
        // The call's review deadline matters only when the change sends the company back to verification.
        Uni<Optional<LocalDate>> dueOn = sme.needsReverificationAfter(details)
                ? callPolicies.current().map(policy -> Optional.of(reviewDueOn(policy)))
                : Uni.createFrom().item(Optional.empty());
        return requireUniqueVatNumber(details, sme.getId())
                .flatMap(unique -> dueOn)
                .map(due -> sme.change(details, actor, clock.instant(), due.orElse(null)))
                .call(reverification -> reverification.map(history::persist).orElse(Uni.createFrom().nullItem()))
                .call(repository::flush)
                .call(reverification -> events.changed(sme, reverification))
                .replaceWith(sme)
                .onFailure(failure -> UniqueViolations.of(failure, VAT_INDEX))
                .transform(failure -> duplicateVat(details));
    }

    private Uni<Optional<UUID>> facilitatorFor(String country, Optional<UUID> chosen) {
        if (chosen.isPresent()) {
            return facilitators.requireAvailableFor(chosen.get(), country).replaceWith(chosen);
        }
        return facilitators.soleFacilitatorCovering(country);
    }

    private Uni<Void> requireUniqueVatNumber(SmeDetails details, UUID id) {
        return repository.vatNumberTaken(details.country(), details.vatNumber(), id).invoke(taken -> {
            if (taken) {
                throw duplicateVat(details);
            }
        }).replaceWithVoid();
    }

    /** Found by the check before writing, or by the unique index when a concurrent writer got there first. */
    private static BusinessRuleException duplicateVat(SmeDetails details) {
        return new BusinessRuleException("DUPLICATE_VAT", "A company with VAT number " + details.vatNumber()
                + " is already registered in " + details.country() + ".");
    }

    private static void requireEligible(CallRules policy, String country) {
        if (!policy.isEligible(country)) {
            throw new BusinessRuleException("COUNTRY_NOT_ELIGIBLE",
                    "Companies in " + country + " cannot take part in the current call.");
        }
    }

    private LocalDate reviewDueOn(CallRules policy) {
        return ProgrammeCalendar.addWorkingDays(ProgrammeCalendar.today(clock), policy.reviewWorkingDays());
    }
}
