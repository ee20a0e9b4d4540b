package eu.mobilisesme.webhook.persistence;

/**
 * Whether a subscription {@code s} of client {@code c} may receive event {@code e}, as one SQL expression: null when it
 * may, otherwise why not. The trigger that fans events out applies the same rule when the event is written; the
 * dispatcher applies it again before each sending (a subscription deleted or a client deactivated or narrowed since)
 * and a redelivery before it creates a delivery.
 */
final class Eligibility {

    static final String REFUSAL = "case"
            + " when not s.active then 'The subscription was deleted.'"
            + " when not c.active then 'The API client was deactivated.'"
            + " when not (e.type = any (s.event_types)) then 'The subscription does not take ' || e.type || ' events.'"
            + " when not (e.required_scope = any (c.scopes)) then 'The API client lacks the scope '"
            + " || e.required_scope || '.'"
            + " when e.audience is not null and not (s.client_id = any (e.audience))"
            + " then 'The event is not for this API client.'"
            + " end";

    private Eligibility() {
    }
}
