package eu.mobilisesme.sme.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.event.service.DomainEvent;
import eu.mobilisesme.event.service.DomainEvents;
import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.sme.domain.Sme;
import eu.mobilisesme.sme.domain.SmeStatusChange;
import eu.mobilisesme.sme.domain.VerificationStatus;
import eu.mobilisesme.sme.persistence.SmeRepository;
import io.smallrye.mutiny.Uni;

/**
 * The events of a company's changes, recorded in the change's transaction once it is written. One change is one
 * event, of its most specific type: a registration, a verification, another move of the registration (a hold, a
 * rejection, or a profile change that sends the company back to verification), or else an update (of the profile, or
 * of the facilitator in charge, which the importing portal reads too).
 * <p>
 * Who hears of it is who may read the company once changed: every client with the catalogue scope when it is in the
 * public catalogue, else only the portal that imported it (or no partner at all). A company that leaves the catalogue
 * is then no longer announced to the clients that saw it there: they learn it when they read it again.
 */
@ApplicationScoped
class SmeEvents {

    private final SmeRepository repository;
    private final DomainEvents events;

    SmeEvents(SmeRepository repository, DomainEvents events) {
        this.repository = repository;
        this.events = events;
    }

    Uni<Void> registered(Sme sme) {
        return record(EventType.SME_REGISTERED, sme, Optional.empty());
    }

    /** A profile change or a new facilitator in charge, and the move back to verification it made, if any. */
    Uni<Void> changed(Sme sme, Optional<SmeStatusChange> reverification) {
        return reverification.map(change -> moved(sme, change))
                .orElseGet(() -> record(EventType.SME_UPDATED, sme, Optional.empty()));
    }

    /** A decision or any other move of the registration. */
    Uni<Void> moved(Sme sme, SmeStatusChange change) {
        EventType type = change.getToStatus() == VerificationStatus.VERIFIED ? EventType.SME_VERIFIED
                : EventType.SME_STATUS_CHANGED;
        return record(type, sme, Optional.ofNullable(change.getFromStatus()));
    }

    /** Asked of the database after the change was written: the catalogue's rule is written once, in SQL. */
    private Uni<Void> record(EventType type, Sme sme, Optional<VerificationStatus> previous) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("smeId", sme.getId().toString());
        payload.put("status", sme.getStatus().name());
        previous.ifPresent(status -> payload.put("previousStatus", status.name()));
        return repository.isInPublicCatalogue(sme.getId()).flatMap(listed -> events.record(listed
                ? DomainEvent.forEveryClient(type, sme.getId(), payload)
                : DomainEvent.forClients(type, sme.getId(), payload, importer(sme))));
    }

    private static Set<String> importer(Sme sme) {
        return sme.getExternalClient() == null ? Set.of() : Set.of(sme.getExternalClient());
    }
}
