-- Grants, budget lines and payments (issue 10; shared DOMAIN.md rules 8 to 11). Money is numeric, never floating
-- point; every currency column says EUR, the only currency of the programme.

-- Monthly grant rates by host country, in versions: a new table applies from its valid_from on and never changes a
-- grant already committed, which names the table it was computed with.
create table grant_rate_table (
    id                     uuid primary key,
    table_version          integer       not null unique check (table_version > 0),
    valid_from             date          not null unique,
    disability_monthly_eur numeric(12, 2) not null check (disability_monthly_eur > 0),
    source                 varchar(500)  not null,
    created_at             timestamptz   not null,
    created_by             varchar(200)  not null
);

create table grant_rate (
    rate_table_id uuid          not null references grant_rate_table (id),
    country       varchar(2)    not null check (country ~ '^[A-Z]{2}$'),
    monthly_eur   numeric(12, 2) not null check (monthly_eur > 0),
    source        varchar(40)   not null,
    primary key (rate_table_id, country)
);

-- The initial table: shared/data/monthly-grant-rates.csv, the MobiliseSME 2020-22 "financial support" page (rows
-- marked eye: the Erasmus for Young Entrepreneurs table of the same period). EUR 1,100 a month for participants with
-- disabilities, whatever the host country (DOMAIN rule 8).
insert into grant_rate_table (id, table_version, valid_from, disability_monthly_eur, source, created_at, created_by)
values ('9a7e0000-0000-4000-8000-000000000001', 1, date '2020-01-01', 1100.00,
        'MobiliseSME 2020-2022 financial support (mobilise-sme.eu/financial-support/)', now(), 'migration');

insert into grant_rate (rate_table_id, country, monthly_eur, source)
select '9a7e0000-0000-4000-8000-000000000001', country, monthly_eur, source
from (values ('AL', 530.00, 'mobilisesme'),
       ('AT', 900.00, 'mobilisesme'),
       ('BE', 830.00, 'mobilisesme'),
       ('BG', 560.00, 'mobilisesme'),
       ('HR', 720.00, 'mobilisesme'),
       ('CY', 780.00, 'mobilisesme'),
       ('CZ', 610.00, 'mobilisesme'),
       ('DK', 1100.00, 'mobilisesme'),
       ('DE', 830.00, 'mobilisesme'),
       ('EE', 670.00, 'mobilisesme'),
       ('FI', 950.00, 'mobilisesme'),
       ('MK', 560.00, 'mobilisesme'),
       ('FR', 900.00, 'mobilisesme'),
       ('GR', 780.00, 'mobilisesme'),
       ('HU', 670.00, 'mobilisesme'),
       ('IS', 900.00, 'mobilisesme'),
       ('IE', 1000.00, 'mobilisesme'),
       ('IT', 900.00, 'mobilisesme'),
       ('LV', 610.00, 'mobilisesme'),
       ('LT', 560.00, 'mobilisesme'),
       ('LU', 830.00, 'mobilisesme'),
       ('MT', 720.00, 'mobilisesme'),
       ('ME', 560.00, 'mobilisesme'),
       ('NL', 830.00, 'mobilisesme'),
       ('PL', 610.00, 'mobilisesme'),
       ('PT', 780.00, 'mobilisesme'),
       ('RO', 560.00, 'mobilisesme'),
       ('RS', 560.00, 'mobilisesme'),
       ('SK', 610.00, 'mobilisesme'),
       ('SI', 720.00, 'mobilisesme'),
       ('ES', 830.00, 'mobilisesme'),
       ('SE', 950.00, 'mobilisesme'),
       ('TR', 750.00, 'mobilisesme'),
       ('NO', 1100.00, 'eye')) as initial (country, monthly_eur, source);

-- Who is paid (the sending company by default, the participant where the call says so, as EYE does) and the share
-- of the grant paid before the stay ends (Erasmus+ practice: 70 to 80 %; DOMAIN rule 9).
alter table call_policy
    add column grant_payee          varchar(20) not null default 'SENDING_SME'
        check (grant_payee in ('SENDING_SME', 'PARTICIPANT')),
    add column prefinancing_percent integer     not null default 70 check (prefinancing_percent between 0 and 100);
alter table call_policy
    alter column grant_payee drop default,
    alter column prefinancing_percent drop default;

-- A budget line can never be committed or paid beyond its amount (DOMAIN rule 10). The check constraint is the last
-- word; the service reserves with a conditional update, so a line that is full answers with no row instead of an
-- error. committed: reserved for grants and not paid yet; paid: paid out, net of recoveries.
create table budget_line (
    id                 uuid primary key,
    call_id            uuid           not null references programme_call (id),
    code               varchar(40)    not null unique,
    name               varchar(200)   not null,
    funder             varchar(200)   not null,
    currency           varchar(3)     not null check (currency = 'EUR'),
    amount             numeric(14, 2) not null check (amount > 0),
    committed          numeric(14, 2) not null default 0,
    paid               numeric(14, 2) not null default 0,
    priority           integer        not null check (priority between 1 and 1000),
    -- Countries of the sending company the line may fund; empty: every country of the call.
    eligible_countries varchar(2)[]   not null,
    version            bigint         not null,
    created_at         timestamptz    not null,
    created_by         varchar(200)   not null,
    updated_at         timestamptz    not null,
    updated_by         varchar(200)   not null,
    constraint budget_line_never_overspent check (committed >= 0 and paid >= 0 and committed + paid <= amount)
);

create index budget_line_call_ix on budget_line (call_id, priority, code);

-- How a grant was computed: the rate table and rate, the days, and the explanation shown to people, so a grant can
-- be explained years later whatever tables came after it.
create table grant_calculation (
    id              uuid primary key,
    rate_table_id   uuid           not null references grant_rate_table (id),
    host_country    varchar(2)     not null,
    disability_rate boolean        not null,
    monthly_rate    numeric(12, 2) not null,
    months          integer        not null check (months >= 0),
    days            integer        not null check (days >= 0),
    amount          numeric(12, 2) not null check (amount >= 0),
    explanation     text[]         not null,
    created_at      timestamptz    not null
);

-- The grant of one approved mobility, on one budget line. committed is the part of the line's committed amount that
-- this mobility holds; the line's committed is the sum of these, and the ledger says how each changed.
create table mobility_grant (
    application_id         uuid primary key references mobility_application (id),
    budget_line_id         uuid           not null references budget_line (id),
    payer_facilitator_id   uuid           not null references facilitator (id),
    payee_kind             varchar(20)    not null check (payee_kind in ('SENDING_SME', 'PARTICIPANT')),
    payee_id               uuid           not null,
    prefinancing_percent   integer        not null check (prefinancing_percent between 0 and 100),
    planned_calculation_id uuid           not null references grant_calculation (id),
    actual_calculation_id  uuid references grant_calculation (id),
    -- What the payee is owed in all: the planned grant, then the actual one, or what was paid if cancelled.
    entitlement            numeric(12, 2) not null check (entitlement >= 0),
    committed              numeric(12, 2) not null check (committed >= 0),
    paid                   numeric(12, 2) not null check (paid >= 0),
    version                bigint         not null,
    created_at             timestamptz    not null,
    created_by             varchar(200)   not null,
    updated_at             timestamptz    not null,
    updated_by             varchar(200)   not null
);

create index mobility_grant_line_ix on mobility_grant (budget_line_id);
create index mobility_grant_payer_ix on mobility_grant (payer_facilitator_id);

-- A bank file sent for one paying facilitator: the debtor account as it was when the file was made, so the file can
-- be produced again, byte for byte, from the batch and its payments.
create table payment_batch (
    id                       uuid primary key,
    payer_facilitator_id     uuid           not null references facilitator (id),
    message_id               varchar(35)    not null unique,
    payment_count            integer        not null check (payment_count > 0),
    control_sum              numeric(14, 2) not null check (control_sum > 0),
    requested_execution_date date           not null,
    debtor_name              varchar(70)    not null,
    debtor_iban              varchar(34)    not null,
    debtor_bic               varchar(11),
    created_at               timestamptz    not null,
    created_by               varchar(200)   not null
);

create index payment_batch_payer_ix on payment_batch (payer_facilitator_id, created_at desc, id);

-- A payment to the payee of a grant, or a recovery order from it. The creditor account is copied when the payment
-- is approved, so the approver sees where the money goes and a later change of account cannot redirect it.
create table payment (
    id                   uuid primary key,
    application_id       uuid           not null references mobility_grant (application_id),
    budget_line_id       uuid           not null references budget_line (id),
    payer_facilitator_id uuid           not null references facilitator (id),
    instalment           varchar(20)    not null check (instalment in ('PRE_FINANCING', 'BALANCE', 'RECOVERY')),
    amount               numeric(12, 2) not null check (amount > 0),
    currency             varchar(3)     not null check (currency = 'EUR'),
    payee_kind           varchar(20)    not null check (payee_kind in ('SENDING_SME', 'PARTICIPANT')),
    payee_id             uuid           not null,
    status               varchar(20)    not null
        check (status in ('PENDING', 'APPROVED', 'EXPORTED', 'PAID', 'FAILED', 'CANCELLED')),
    end_to_end_id        varchar(35)    not null unique,
    reissue_of           uuid references payment (id),
    creditor_name        varchar(70),
    creditor_iban        varchar(34),
    creditor_bic         varchar(11),
    batch_id             uuid references payment_batch (id),
    failure_code         varchar(4),
    failure_reason       varchar(500),
    approved_at          timestamptz,
    approved_by          varchar(200),
    version              bigint         not null,
    created_at           timestamptz    not null,
    created_by           varchar(200)   not null,
    updated_at           timestamptz    not null,
    updated_by           varchar(200)   not null
);

-- One live payment per instalment of a mobility: a failed or cancelled one may be issued again, never doubled.
create unique index payment_live_instalment_ux on payment (application_id, instalment)
    where status not in ('FAILED', 'CANCELLED');
create index payment_application_ix on payment (application_id, created_at, id);
create index payment_payer_status_ix on payment (payer_facilitator_id, status, created_at, id);
create index payment_payee_status_ix on payment (payee_kind, payee_id, status);
create index payment_batch_ix on payment (batch_id, end_to_end_id);

-- Status reports (pain.002) already imported: importing one again changes nothing.
create table payment_status_report (
    message_id  varchar(35) primary key,
    batch_id    uuid         not null references payment_batch (id),
    imported_at timestamptz  not null,
    imported_by varchar(200) not null
);

-- Every movement of money or of a payment's state, appended and never changed: who, when, how much, why, and how the
-- line's committed and paid amounts moved. Reconciliation compares each line with the sums of its entries.
create table ledger_entry (
    id               bigint generated always as identity primary key,
    budget_line_id   uuid           not null references budget_line (id),
    application_id   uuid           not null references mobility_grant (application_id),
    payment_id       uuid references payment (id),
    entry_type       varchar(30)    not null,
    amount           numeric(12, 2) not null,
    committed_change numeric(12, 2) not null,
    paid_change      numeric(12, 2) not null,
    reason           varchar(1000),
    recorded_by      varchar(200)   not null,
    recorded_role    varchar(30)    not null,
    recorded_at      timestamptz    not null
);

create index ledger_entry_line_ix on ledger_entry (budget_line_id);
create index ledger_entry_application_ix on ledger_entry (application_id, id);

-- Append-only whatever role connects: an update, a delete or a truncate of the ledger is an error.
create function ledger_entry_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'ledger_entry is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger ledger_entry_no_update_or_delete
    before update or delete on ledger_entry
    for each row execute function ledger_entry_is_append_only();

create trigger ledger_entry_no_truncate
    before truncate on ledger_entry
    for each statement execute function ledger_entry_is_append_only();

-- Idempotency keys of requests that create money (Idempotency-Key header): per token subject, with a digest of the
-- request, the resource it created and the status it answered, so a repeat gets the same answer.
create table idempotency_key (
    subject         varchar(200) not null,
    idempotency_key varchar(255) not null,
    operation       varchar(60)  not null,
    request_digest  varchar(64)  not null,
    resource_id     uuid         not null,
    response_status integer      not null,
    created_at      timestamptz  not null,
    primary key (subject, idempotency_key)
);

create index idempotency_key_created_ix on idempotency_key (created_at);
