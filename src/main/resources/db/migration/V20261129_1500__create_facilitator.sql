-- Facilitator organisations (Local Contact Points): chambers of commerce and employer organisations that verify
-- SMEs of the countries they cover, review applications and pay grants.
create table facilitator (
    id                uuid primary key,
    name              varchar(200) not null,
    country           varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    covered_countries varchar(2)[] not null check (cardinality(covered_countries) > 0),
    contact_email     varchar(254) not null,
    contact_phone     varchar(40),
    website           varchar(500),
    active            boolean      not null,
    version           bigint       not null,
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(200) not null
);

create unique index facilitator_name_country_uk on facilitator (lower(name), country);
-- "Which facilitators cover this country?" is asked on every SME registration.
create index facilitator_covered_countries_ix on facilitator using gin (covered_countries);
create index facilitator_name_ix on facilitator (name, id);
