-- Programme KPIs (issue 12): what a call is judged on comes from its record, and the figures from a summary the
-- service refreshes in the background, so a dashboard read never aggregates the registry itself.

-- The call's targets and what it must report about people. The call the service starts with has the current call's
-- targets (DOMAIN.md: 715 SMEs registered, 520 people sent) and reports gender and disability; a group of fewer than
-- minimum_group_size people is never shown.
alter table programme_call
    add column target_registered_smes   integer not null default 715 check (target_registered_smes > 0),
    add column target_participants_sent integer not null default 520 check (target_participants_sent > 0),
    add column reports_gender           boolean not null default true,
    add column reports_disability       boolean not null default true,
    add column minimum_group_size       integer not null default 5 check (minimum_group_size between 2 and 100);
alter table programme_call
    alter column target_registered_smes drop default,
    alter column target_participants_sent drop default,
    alter column reports_gender drop default,
    alter column reports_disability drop default,
    alter column minimum_group_size drop default;

-- A participant's gender, as the person declares it, for the call's reports only; absent when not declared, and
-- erased with the rest of the personal data.
alter table participant
    add column gender varchar(10) check (gender in ('FEMALE', 'MALE', 'OTHER'));

-- The latest figures of a call for one scope: the programme as a whole, or the companies of one facilitator. One
-- row per scope, replaced by each refresh; figures holds what the KPIs are computed from (counts, medians, budget
-- lines), never a row about a person.
create table programme_kpi_snapshot (
    call_id      uuid        not null references programme_call (id),
    scope        varchar(40) not null,
    computed_at  timestamptz not null,
    figures      jsonb       not null,
    primary key (call_id, scope)
);
