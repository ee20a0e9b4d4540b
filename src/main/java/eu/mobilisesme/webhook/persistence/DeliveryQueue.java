package eu.mobilisesme.webhook.persistence;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.mobilisesme.webhook.domain.AttemptResult;
import eu.mobilisesme.webhook.domain.ClaimedDelivery;
import eu.mobilisesme.webhook.domain.OutboundEvent;
import eu.mobilisesme.webhook.domain.WebhookSecret;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The deliveries waiting to be sent, shared by every instance of the service: each statement here is one transaction
 * of its own, so no claim is held longer than the statement that takes it.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** Turns a number of milliseconds into an interval. */
    private static final String MILLISECONDS = " * interval '1 millisecond'";

    /**
     * Claims up to {@code $1} due deliveries for {@code $2} milliseconds, in one statement. Due: pending and past its
     * next attempt, or claimed by a sender whose lease ran out (it crashed or hung: the row is sent again, so delivery
     * is at least once). Only events written by transactions older than every transaction still running, so that no
     * event that is still to commit can come before one already sent. And only the oldest unfinished delivery of each
     * subscription and aggregate, so one company's or application's events reach a receiver in the order they were
     * written. SKIP LOCKED lets concurrent dispatchers take disjoint rows instead of waiting for each other; the due
     * rows are picked once (MATERIALIZED), so the limit holds however the update is planned.
     */
    private static final String CLAIM = "with due as materialized ("
            + " select candidate.id from webhook_delivery candidate"
            + " where ((candidate.status = 'PENDING' and candidate.next_attempt_at <= now())"
            + "     or (candidate.status = 'SENDING' and candidate.lease_until < now()))"
            + "  and candidate.event_transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
            + "  and not exists (select 1 from webhook_delivery earlier"
            + "   where earlier.subscription_id = candidate.subscription_id"
            + "    and earlier.aggregate_id = candidate.aggregate_id"
            + "    and earlier.status in ('PENDING', 'SENDING')"
            + "    and (earlier.event_transaction_id, earlier.event_position)"
            + "      < (candidate.event_transaction_id, candidate.event_position))"
            + " order by candidate.next_attempt_at"
            + " limit $1::integer"
            + " for update of candidate skip locked),"
            + " claimed as ("
            + " update webhook_delivery d set status = 'SENDING', lease_until = now() + $2::bigint" + MILLISECONDS
            + " from due where d.id = due.id"
            + " returning d.id, d.subscription_id, d.event_id, d.lease_until, d.attempts)"
            + " select claimed.id, claimed.lease_until, claimed.attempts, e.id as event_id, e.type,"
            + "  e.aggregate_type, e.aggregate_id, e.occurred_at, e.payload::text as payload, s.url, s.secret,"
            + "  c.webhook_url_prefixes, " + Eligibility.REFUSAL + " as refusal"
            + " from claimed join domain_event e on e.id = claimed.event_id"
            + " join webhook_subscription s on s.id = claimed.subscription_id"
            + " join partner_client c on c.client_id = s.client_id";

    /**
     * Records an attempt ({@code $5} status code, {@code $6} error, {@code $7} milliseconds) and its consequence
     * ({@code $3}, a verdict), while the row still holds the claim ({@code $2}): a retry is due again after
     * {@code $4} milliseconds, unless that is past its retry window, when it fails for good.
     */
    private static final String RECORD = "with outcome as ("
            + " select id, case when $3::text <> 'RETRY' then $3::text"
            + "  when now() + $4::bigint" + MILLISECONDS + " < retry_until then 'PENDING' else 'FAILED' end as status"
            + " from webhook_delivery where id = $1),"
            + " updated as ("
            + " update webhook_delivery d set status = outcome.status, attempts = d.attempts + 1, lease_until = null,"
            + "  next_attempt_at = case when outcome.status = 'PENDING' then now() + $4::bigint" + MILLISECONDS
            + "   else d.next_attempt_at end,"
            + "  completed_at = case when outcome.status = 'PENDING' then null else now() end,"
            + "  last_status_code = $5::integer, last_error = $6::text"
            + " from outcome where d.id = outcome.id and d.status = 'SENDING' and d.lease_until = $2"
            + " returning d.id, d.attempts)"
            + " insert into webhook_delivery_attempt"
            + " (delivery_id, attempt, attempted_at, status_code, error, duration_ms)"
            + " select id, attempts, now() - $7::integer" + MILLISECONDS + ", $5::integer, $6::text, $7::integer"
            + " from updated";

    /** Fails a claimed delivery that must not be sent, without an attempt: nothing was tried. */
    private static final String ABANDON = "update webhook_delivery set status = 'FAILED', lease_until = null,"
            + " last_error = $3::text, completed_at = now() where id = $1 and status = 'SENDING' and lease_until = $2";

    private static final int ERROR_LENGTH = 300;

    private final Pool database;

    DeliveryQueue(Pool database) {
        this.database = database;
    }

    public Uni<List<ClaimedDelivery>> claim(int limit, Duration lease) {
        return database.preparedQuery(CLAIM).execute(Tuple.of(limit, lease.toMillis()))
                .map(rows -> {
                    List<ClaimedDelivery> claimed = new ArrayList<>();
                    rows.forEach(row -> claimed.add(claimed(row)));
                    return claimed;
                });
    }

    /**
     * Records how an attempt ended; false when the claim had been taken over (the lease ran out first) and nothing
     * was recorded.
     */
    public Uni<Boolean> record(ClaimedDelivery delivery, AttemptResult result, Duration retryAfter) {
        return database.preparedQuery(RECORD).execute(Tuple.from(Arrays.asList(delivery.id(),
                        delivery.leaseUntil(), result.verdict().name(), retryAfter.toMillis(), result.statusCode(),
                        bounded(result.error()), result.durationMs())))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> abandon(ClaimedDelivery delivery, String reason) {
        return database.preparedQuery(ABANDON).execute(Tuple.of(delivery.id(), delivery.leaseUntil(), bounded(reason)))
                .map(rows -> rows.rowCount() == 1);
    }

    private static ClaimedDelivery claimed(Row row) {
        OutboundEvent event = new OutboundEvent(row.getUUID("event_id"), row.getString("type"),
                row.getString("aggregate_type"), row.getUUID("aggregate_id"),
                row.getOffsetDateTime("occurred_at").toInstant(), new JsonObject(row.getString("payload")).getMap());
        return new ClaimedDelivery(row.getUUID("id"),
                row.getOffsetDateTime("lease_until").withOffsetSameInstant(ZoneOffset.UTC),
                row.getInteger("attempts"), event, row.getString("url"), new WebhookSecret(row.getString("secret")),
                Arrays.asList(row.getArrayOfStrings("webhook_url_prefixes")),
                Optional.ofNullable(row.getString("refusal")));
    }

    private static String bounded(String text) {
        return text == null || text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
