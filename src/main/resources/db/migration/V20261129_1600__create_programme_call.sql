-- A call of the programme and its policy. Policies are versioned rows that are never updated: a change is a new
-- version with a later valid_from, so anything judged under an older version can still name it.
create table programme_call (
    id         uuid primary key,
    code       varchar(40)  not null unique,
    title      varchar(200) not null,
    opens_on   date         not null,
    closes_on  date         not null check (closes_on >= opens_on),
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null
);

create table call_policy (
    id                       uuid primary key,
    call_id                  uuid         not null references programme_call (id),
    policy_version           integer      not null check (policy_version > 0),
    valid_from               date         not null,
    eligible_countries       varchar(2)[] not null check (cardinality(eligible_countries) > 0),
    review_working_days      integer      not null check (review_working_days between 1 and 60),
    max_participants_per_sme integer      not null check (max_participants_per_sme > 0),
    created_at               timestamptz  not null,
    created_by               varchar(200) not null,
    unique (call_id, policy_version),
    unique (call_id, valid_from)
);

-- The call the service starts with. Eligible countries are those of the 2020-22 call (EU member states, Iceland,
-- Norway, Albania, North Macedonia, Montenegro, Serbia, Turkey; see shared DOMAIN.md rule 2); the review deadline of
-- 15 working days and 2 participants per sending SME are the programme's published rules (rules 5 and "Lessons").
insert into programme_call (id, code, title, opens_on, closes_on, version, created_at, created_by, updated_at,
                            updated_by)
values ('ca110000-0000-4000-8000-000000002026', 'MOBILISESME-2026', 'MobiliseSME 2026', date '2026-01-01',
        date '2027-12-31', 0, now(), 'migration', now(), 'migration');

insert into call_policy (id, call_id, policy_version, valid_from, eligible_countries, review_working_days,
                         max_participants_per_sme, created_at, created_by)
values ('ca110000-0000-4000-8000-0000000020a1', 'ca110000-0000-4000-8000-000000002026', 1, date '2026-01-01',
        '{AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GR,HR,HU,IE,IT,LT,LU,LV,MT,NL,PL,PT,RO,SE,SI,SK,IS,NO,AL,ME,MK,RS,TR}',
        15, 2, now(), 'migration');
