package eu.mobilisesme.event.service;

import java.util.Optional;

import eu.mobilisesme.common.domain.PartnerScopes;

/**
 * The changes partners hear about, by the names the feed and the webhooks give them. Each names the kind of thing it
 * is about and the scope a partner needs to hear of it: the one it would need to read that thing.
 */
public enum EventType {

    SME_REGISTERED("sme.registered", AggregateType.SME),
    SME_VERIFIED("sme.verified", AggregateType.SME),
    SME_UPDATED("sme.updated", AggregateType.SME),
    /** Any other move of the registration: put on hold, rejected, or sent back to verification by a change. */
    SME_STATUS_CHANGED("sme.status-changed", AggregateType.SME),
    APPLICATION_SUBMITTED("application.submitted", AggregateType.APPLICATION),
    APPLICATION_STATE_CHANGED("application.state-changed", AggregateType.APPLICATION),
    LEARNING_PROJECT_SIGNED("application.learning-project-signed", AggregateType.APPLICATION),
    PAYMENT_PAID("payment.paid", AggregateType.PAYMENT),
    PAYMENT_FAILED("payment.failed", AggregateType.PAYMENT);

    /** What an event is about, and the scope that lets a partner read such things. */
    public enum AggregateType {
        SME("sme", PartnerScopes.CATALOGUE_READ),
        APPLICATION("application", PartnerScopes.APPLICATIONS_READ),
        PAYMENT("payment", PartnerScopes.APPLICATIONS_READ);

        private final String wireName;
        private final String requiredScope;

        AggregateType(String wireName, String requiredScope) {
            this.wireName = wireName;
            this.requiredScope = requiredScope;
        }

        public String wireName() {
            return wireName;
        }

        public String requiredScope() {
            return requiredScope;
        }
    }

    private final String wireName;
    private final AggregateType aggregateType;

    EventType(String wireName, AggregateType aggregateType) {
        this.wireName = wireName;
        this.aggregateType = aggregateType;
    }

    /** The name on the wire, e.g. {@code application.state-changed}. */
    public String wireName() {
        return wireName;
    }

    public AggregateType aggregateType() {
        return aggregateType;
    }

    public static Optional<EventType> byWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
