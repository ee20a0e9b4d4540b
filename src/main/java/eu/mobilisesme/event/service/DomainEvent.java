package eu.mobilisesme.event.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A change partners may hear about, as a use case records it in its own transaction.
 *
 * @param type        what happened
 * @param aggregateId the id of the thing it happened to (an SME, an application, a payment)
 * @param payload     ids and the new state only, never personal data: a receiver fetches details with its own scopes
 * @param audience    the partner clients that may hear of it, or empty for every client holding the type's scope
 */
public record DomainEvent(EventType type, UUID aggregateId, Map<String, String> payload,
        Optional<Set<String>> audience) {

    public DomainEvent {
        payload = Map.copyOf(payload);
        audience = audience.map(Set::copyOf);
    }

    /** An event every client with the type's scope may hear of (a company entering the public catalogue). */
    public static DomainEvent forEveryClient(EventType type, UUID aggregateId, Map<String, String> payload) {
        return new DomainEvent(type, aggregateId, payload, Optional.empty());
    }

    /** An event only these clients may hear of (possibly none: then it is for administrators only). */
    public static DomainEvent forClients(EventType type, UUID aggregateId, Map<String, String> payload,
            Set<String> clients) {
        return new DomainEvent(type, aggregateId, payload, Optional.of(clients));
    }
}
