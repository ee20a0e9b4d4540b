-- Bank accounts (issue 10, "Payees and bank accounts"; shared DOMAIN.md rule 11): where grants are paid (a company,
-- or a participant where the call pays the person) and where a paying facilitator's bank files take the money from.
-- Every account an owner ever gave is a row: a change adds a row and supersedes the old one, so who gave which account,
-- when, and who confirmed it stays on record.
create table bank_account (
    id             uuid primary key,
    owner_kind     varchar(20)   not null check (owner_kind in ('SME', 'PARTICIPANT', 'FACILITATOR')),
    -- The company, participant or facilitator, by id (as payment.payee_id): owners live in three tables.
    owner_id       uuid          not null,
    -- The owner's accounts in the order they were given: 1, 2, 3, ...
    revision       integer       not null check (revision > 0),
    -- SEPA allows 70 characters for a name (pain.001 Nm). Null, with the IBAN and BIC, once a participant's personal
    -- data was erased.
    holder_name    varchar(70),
    -- Electronic form (ISO 13616): upper case, no spaces; the service checks the country's length and mod 97.
    iban           varchar(34) check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    bic            varchar(11) check (bic ~ '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$'),
    status         varchar(30)   not null
        check (status in ('ACTIVE', 'AWAITING_CONFIRMATION', 'SUPERSEDED', 'REFUSED')),
    -- When it came into use: at once, or when a facilitator confirmed it.
    activated_at   timestamptz,
    confirmed_at   timestamptz,
    confirmed_by   varchar(200),
    refused_at     timestamptz,
    refused_by     varchar(200),
    refusal_reason varchar(2000),
    superseded_at  timestamptz,
    erased_at      timestamptz,
    erased_by      varchar(200),
    check ((erased_at is null) = (holder_name is not null and iban is not null)),
    check (erased_at is null or bic is null),
    check (status <> 'ACTIVE' or activated_at is not null),
    check ((confirmed_at is null) = (confirmed_by is null)),
    check ((refused_at is null) = (refused_by is null)),
    check (status <> 'REFUSED' or refused_at is not null),
    version        bigint        not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null
);

-- One account in use and at most one waiting for a facilitator's confirmation, per owner.
create unique index bank_account_active_ux on bank_account (owner_kind, owner_id) where status = 'ACTIVE';
create unique index bank_account_awaiting_ux on bank_account (owner_kind, owner_id)
    where status = 'AWAITING_CONFIRMATION';
-- An owner's accounts, newest first (history pages), and the next revision.
create unique index bank_account_owner_revision_ux on bank_account (owner_kind, owner_id, revision);
