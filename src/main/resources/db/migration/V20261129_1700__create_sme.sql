-- SME profiles, their verification history and their people.
create table sme (
    id                    uuid primary key,
    legal_name            varchar(200)   not null,
    trading_name          varchar(200),
    country               varchar(2)     not null check (country ~ '^[A-Z]{2}$'),
    nuts_region           varchar(5) check (nuts_region ~ '^[A-Z]{2}[0-9A-Z]{1,3}$'),
    street                varchar(200)   not null,
    postal_code           varchar(20)    not null,
    city                  varchar(100)   not null,
    website               varchar(500),
    vat_number            varchar(20)    not null,
    nace_code             varchar(5)     not null check (nace_code ~ '^[0-9]{2}(\.[0-9]{1,2})?$'),
    nace_version          varchar(10)    not null check (nace_version in ('REV_2', 'REV_2_1')),
    nace_section          varchar(1),
    founding_year         integer        not null check (founding_year >= 1800),
    staff_headcount       integer        not null check (staff_headcount >= 0),
    annual_turnover       numeric(14, 2) not null check (annual_turnover >= 0),
    balance_sheet_total   numeric(14, 2) not null check (balance_sheet_total >= 0),
    size_class            varchar(10)    not null check (size_class in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    languages             varchar(35)[]  not null,
    collaboration_offered varchar(40)[]  not null,
    collaboration_sought  varchar(40)[]  not null,
    target_markets        varchar(2)[]   not null,
    sends_staff           boolean        not null,
    hosts_staff           boolean        not null check (sends_staff or hosts_staff),
    hosting_capacity      integer        not null check (hosting_capacity between 0 and 50),
    description           varchar(2000),
    catalogue_consent     boolean        not null,
    -- A large company may only host (EU Recommendation 2003/361; DOMAIN rule 1).
    check (not (sends_staff and size_class = 'LARGE')),
    facilitator_id        uuid references facilitator (id),
    status                varchar(30)    not null
        check (status in ('PENDING_VERIFICATION', 'VERIFIED', 'ON_HOLD', 'REJECTED')),
    submitted_at          timestamptz    not null,
    review_due_on         date,
    external_client       varchar(200),
    external_ref          varchar(100),
    check ((external_client is null) = (external_ref is null)),
    search_document       tsvector generated always as (
        to_tsvector('simple', legal_name || ' ' || coalesce(trading_name, '') || ' ' || coalesce(description, ''))
    ) stored,
    version               bigint         not null,
    created_at            timestamptz    not null,
    created_by            varchar(200)   not null,
    updated_at            timestamptz    not null,
    updated_by            varchar(200)   not null
);

create unique index sme_country_vat_uk on sme (country, vat_number);
create unique index sme_external_ref_uk on sme (external_client, external_ref);
-- The catalogue pages in (legal_name, id) order; the filters below narrow it.
create index sme_catalogue_ix on sme (legal_name, id);
create index sme_search_ix on sme using gin (search_document);
create index sme_languages_ix on sme using gin (languages);
create index sme_offered_ix on sme using gin (collaboration_offered);
create index sme_sought_ix on sme using gin (collaboration_sought);
create index sme_country_ix on sme (country, legal_name, id);
create index sme_nuts_ix on sme (nuts_region varchar_pattern_ops);
create index sme_nace_ix on sme (nace_code varchar_pattern_ops);
-- A facilitator's review queue: its pending companies by due date.
create index sme_review_queue_ix on sme (status, review_due_on, id);
create index sme_facilitator_ix on sme (facilitator_id, status, review_due_on);

-- Every change of verification status: who, in which role, when, from, to and why.
create table sme_status_change (
    id          uuid primary key,
    sme_id      uuid          not null references sme (id),
    changed_at  timestamptz   not null,
    changed_by  varchar(200)  not null,
    actor_role  varchar(30)   not null,
    from_status varchar(30),
    to_status   varchar(30)   not null,
    reason      varchar(2000)
);

create index sme_status_change_sme_ix on sme_status_change (sme_id, changed_at, id);

-- People of an SME who may go on a mobility. Personal fields are null once erased (pseudonymised); the row stays
-- because applications and grants that financial audit needs refer to it.
create table participant (
    id                uuid primary key,
    sme_id            uuid          not null references sme (id),
    first_name        varchar(100),
    last_name         varchar(100),
    email             varchar(254),
    role              varchar(20)   not null check (role in ('EMPLOYEE', 'MANAGER', 'OWNER')),
    job_title         varchar(200),
    languages         varchar(40)[] not null,
    esco_occupation   varchar(200),
    isco_code         varchar(4) check (isco_code ~ '^[0-9]{4}$'),
    has_disability    boolean,
    catalogue_consent boolean       not null,
    erased_at         timestamptz,
    erased_by         varchar(200),
    check ((erased_at is null) = (first_name is not null and last_name is not null and email is not null
                                  and has_disability is not null)),
    version           bigint        not null,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null
);

create unique index participant_email_uk on participant (sme_id, lower(email)) where email is not null;
create index participant_sme_ix on participant (sme_id, id);
