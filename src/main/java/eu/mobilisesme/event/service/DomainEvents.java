package eu.mobilisesme.event.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.event.domain.OutboxEvent;
import eu.mobilisesme.event.persistence.EventOutbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Records what partners may hear about. Call it inside the use case's transaction, after the change: the event then
 * commits or rolls back with it, and the feed and the webhooks take it from there.
 */
@ApplicationScoped
public class DomainEvents {

    private final EventOutbox outbox;
    private final Clock clock;

    DomainEvents(EventOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> record(DomainEvent event) {
        EventType.AggregateType about = event.type().aggregateType();
        return outbox.append(new OutboxEvent(UUID.randomUUID(), event.type().wireName(), about.wireName(),
                event.aggregateId(), clock.instant(), event.payload(), about.requiredScope(), event.audience()));
    }

    /** Records {@code events} in their order, one after the other in the caller's session. */
    public Uni<Void> recordAll(List<DomainEvent> events) {
        return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(this::record)
                .collect().last().replaceWithVoid();
    }
}
