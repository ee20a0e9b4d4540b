-- Partner-portal integration (issue 11): registered API clients, the domain events written in the transaction of the
-- change they describe (the outbox), and the webhook subscriptions and deliveries fed from it.

-- A partner portal's machine client. A token of role partner is accepted only while its subject names an active row
-- here; what it may do is the scopes of this row that the token also claims.
create table partner_client (
    id                   uuid primary key,
    client_id            varchar(200)   not null unique,
    name                 varchar(200)   not null,
    organisation         varchar(200)   not null,
    scopes               varchar(40)[]  not null,
    webhook_url_prefixes varchar(500)[] not null,
    rate_limit_tier      varchar(20)    not null,
    active               boolean        not null,
    version              bigint         not null,
    created_at           timestamptz    not null,
    created_by           varchar(200)   not null,
    updated_at           timestamptz    not null,
    updated_by           varchar(200)   not null
);

-- The portals that used the service before clients were registered keep working: each one that imported a company is
-- registered with the scopes that existed then, under its client id, so an administrator can name and narrow it.
insert into partner_client (id, client_id, name, organisation, scopes, webhook_url_prefixes, rate_limit_tier, active,
                            version, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), client, client, client, '{catalogue:read,smes:write,applications:read}', '{}', 'standard',
       true, 0, now(), 'migration', now(), 'migration'
from (select distinct external_client as client from sme where external_client is not null) clients;

-- One row per change a partner may care about, inserted by the use case's own transaction: it exists exactly when
-- the change committed. Ids and states only, never personal data.
--  - position orders the rows a transaction writes; transaction_id (the writer's xid) orders transactions. The feed
--    reads in (transaction_id, position) order and only below the oldest transaction still running, so a transaction
--    that commits late can never land behind a reader's cursor.
--  - required_scope and audience say who may see it: a partner client holding the scope and, when audience is not
--    null, named in it (the portal that imported the company, for instance).
create table domain_event (
    position       bigint generated always as identity primary key,
    id             uuid          not null unique,
    transaction_id xid8          not null default pg_current_xact_id(),
    type           varchar(60)   not null,
    aggregate_type varchar(40)   not null,
    aggregate_id   uuid          not null,
    occurred_at    timestamptz   not null,
    payload        jsonb         not null,
    required_scope varchar(40)   not null,
    audience       varchar(200)[]
);

create index domain_event_feed_ix on domain_event (transaction_id, position);
create index domain_event_aggregate_ix on domain_event (aggregate_id, transaction_id, position);

-- A partner's webhook: where to send which event types, and the secret that signs them (shown to the partner once).
create table webhook_subscription (
    id          uuid primary key,
    client_id   varchar(200)  not null references partner_client (client_id),
    url         varchar(500)  not null,
    event_types varchar(60)[] not null check (cardinality(event_types) > 0),
    secret      varchar(100)  not null,
    active      boolean       not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null
);

create index webhook_subscription_client_ix on webhook_subscription (client_id);

-- One event to send to one subscription. Rows are created with the event, by the trigger below, so an event that
-- commits always has its deliveries and one that rolls back has none. The dispatcher claims due rows with
-- FOR UPDATE SKIP LOCKED, so several instances never send the same row at once.
--  - status: PENDING (due at next_attempt_at), SENDING (claimed until lease_until; a crashed sender's lease runs out
--    and the row is due again), SUCCEEDED or FAILED (final).
--  - event_transaction_id, event_position: the event's place in the feed, so one aggregate's events go out in order.
create table webhook_delivery (
    id                   uuid primary key,
    subscription_id      uuid         not null references webhook_subscription (id),
    event_id             uuid         not null references domain_event (id),
    event_transaction_id xid8         not null,
    event_position       bigint       not null,
    aggregate_id         uuid         not null,
    status               varchar(10)  not null check (status in ('PENDING', 'SENDING', 'SUCCEEDED', 'FAILED')),
    attempts             integer      not null default 0,
    next_attempt_at      timestamptz  not null,
    retry_until          timestamptz  not null,
    lease_until          timestamptz,
    last_status_code     integer,
    last_error           varchar(300),
    created_at           timestamptz  not null,
    completed_at         timestamptz,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due_ix on webhook_delivery (next_attempt_at) where status in ('PENDING', 'SENDING');
create index webhook_delivery_order_ix on webhook_delivery (subscription_id, aggregate_id, event_transaction_id,
                                                            event_position) where status in ('PENDING', 'SENDING');
create index webhook_delivery_log_ix on webhook_delivery (subscription_id, created_at desc, id);

-- Every attempt of a delivery, for the partner's delivery log.
create table webhook_delivery_attempt (
    delivery_id  uuid         not null references webhook_delivery (id),
    attempt      integer      not null,
    attempted_at timestamptz  not null,
    status_code  integer,
    error        varchar(300),
    duration_ms  integer      not null,
    primary key (delivery_id, attempt)
);

-- Fans an event out to the subscriptions that may receive it, in the event's own transaction.
create function domain_event_to_webhook_deliveries() returns trigger
    language plpgsql as
$$
begin
    insert into webhook_delivery (id, subscription_id, event_id, event_transaction_id, event_position, aggregate_id,
                                  status, next_attempt_at, retry_until, created_at)
    select gen_random_uuid(), s.id, new.id, new.transaction_id, new.position, new.aggregate_id,
           'PENDING', now(), now() + interval '24 hours', now()
    from webhook_subscription s
             join partner_client c on c.client_id = s.client_id
    where s.active
      and c.active
      and new.type = any (s.event_types)
      and new.required_scope = any (c.scopes)
      and (new.audience is null or s.client_id = any (new.audience));
    return null;
end;
$$;

create trigger domain_event_webhook_deliveries
    after insert on domain_event
    for each row execute function domain_event_to_webhook_deliveries();
