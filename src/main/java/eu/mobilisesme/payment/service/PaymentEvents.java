package eu.mobilisesme.payment.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.event.service.DomainEvent;
import eu.mobilisesme.event.service.DomainEvents;
import eu.mobilisesme.event.service.EventType;
import eu.mobilisesme.mobility.service.ApplicationReaders;
import eu.mobilisesme.payment.domain.Payment;
import io.smallrye.mutiny.Uni;

/**
 * The events of payments the bank settled (paid) or returned (failed), and of recovery orders paid back (paid: the
 * money came back), recorded in the transaction that changed them once it is written. They are for the partner clients
 * that may read the payment's application.
 */
@ApplicationScoped
class PaymentEvents {

    private final ApplicationReaders applications;
    private final DomainEvents events;

    PaymentEvents(ApplicationReaders applications, DomainEvents events) {
        this.applications = applications;
        this.events = events;
    }

    /**
     * One event per payment, each now PAID or FAILED. Who may hear of them is read once for them all, so a bank's
     * report on a large file costs one query more, not one per payment.
     */
    Uni<Void> settled(List<Payment> payments) {
        if (payments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return applications.partnerClients(payments.stream().map(Payment::getApplicationId).toList())
                .flatMap(readers -> events.recordAll(payments.stream()
                        .map(payment -> event(payment, readers.getOrDefault(payment.getApplicationId(), Set.of())))
                        .toList()));
    }

    private static DomainEvent event(Payment payment, Set<String> readers) {
        EventType type = switch (payment.getStatus()) {
            case PAID -> EventType.PAYMENT_PAID;
            case FAILED -> EventType.PAYMENT_FAILED;
            default -> throw new IllegalArgumentException("A payment that is " + payment.getStatus()
                    + " is neither paid nor failed");
        };
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("paymentId", payment.getId().toString());
        payload.put("applicationId", payment.getApplicationId().toString());
        payload.put("instalment", payment.getInstalment().name());
        payload.put("status", payment.getStatus().name());
        return DomainEvent.forClients(type, payment.getId(), payload, readers);
    }
}
