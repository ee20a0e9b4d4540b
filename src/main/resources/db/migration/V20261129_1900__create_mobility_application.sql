-- Mobility applications and everything that happens to them: history, learning project revisions and signatures,
-- matching proposals and final reports.
alter table call_policy
    add column report_due_days integer not null default 30 check (report_due_days between 1 and 365);

create table mobility_application (
    id                     uuid primary key,
    call_id                uuid          not null references programme_call (id),
    policy_version         integer       not null,
    sending_sme_id         uuid          not null references sme (id),
    participant_id         uuid          not null references participant (id),
    host_sme_id            uuid references sme (id),
    collaboration_type     varchar(40)   not null,
    sending_facilitator_id uuid references facilitator (id),
    host_facilitator_id    uuid references facilitator (id),
    status                 varchar(30)   not null,
    due_on                 date,
    review_days_left       integer,
    project_revision       integer       not null check (project_revision > 0),
    objectives_for_sender  varchar(500)[] not null check (cardinality(objectives_for_sender) > 0),
    objectives_for_host    varchar(500)[] not null check (cardinality(objectives_for_host) > 0),
    expected_outcomes      varchar(4000) not null,
    activity_plan          varchar(8000) not null,
    planned_stay           varchar(21)[] not null check (cardinality(planned_stay) > 0),
    insurance_confirmed_at timestamptz,
    insurance_reference    varchar(200),
    actual_start           date,
    actual_end             date,
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(200)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(200)  not null
);

create index mobility_application_sending_ix on mobility_application (sending_sme_id, call_id, status);
create index mobility_application_participant_ix on mobility_application (participant_id, status);
create index mobility_application_host_ix on mobility_application (host_sme_id);
create index mobility_application_sending_facilitator_ix on mobility_application (sending_facilitator_id, due_on);
create index mobility_application_host_facilitator_ix on mobility_application (host_facilitator_id, due_on);
create index mobility_application_order_ix on mobility_application (created_at, id);

create table mobility_transition (
    id             uuid primary key,
    application_id uuid          not null references mobility_application (id),
    occurred_at    timestamptz   not null,
    actor          varchar(200)  not null,
    actor_role     varchar(30)   not null,
    action         varchar(30),  -- null for the creation of the draft
    from_status    varchar(30),
    to_status      varchar(30)   not null,
    reason         varchar(2000)
);

create index mobility_transition_application_ix on mobility_transition (application_id, occurred_at, id);

create table learning_project_revision (
    id                    uuid primary key,
    application_id        uuid           not null references mobility_application (id),
    revision              integer        not null,
    objectives_for_sender varchar(500)[] not null,
    objectives_for_host   varchar(500)[] not null,
    expected_outcomes     varchar(4000)  not null,
    activity_plan         varchar(8000)  not null,
    planned_stay          varchar(21)[]  not null,
    created_at            timestamptz    not null,
    created_by            varchar(200)   not null,
    unique (application_id, revision)
);

create table learning_project_signature (
    id             uuid primary key,
    application_id uuid         not null references mobility_application (id),
    revision       integer      not null,
    party          varchar(30)  not null,
    signed_by      varchar(200) not null,
    signed_at      timestamptz  not null,
    unique (application_id, revision, party)
);

create table match_proposal (
    id               uuid primary key,
    application_id   uuid          not null references mobility_application (id),
    host_sme_id      uuid          not null references sme (id),
    status           varchar(20)   not null check (status in ('OPEN', 'ACCEPTED', 'DECLINED', 'CLOSED')),
    message          varchar(2000),
    answer           varchar(2000),
    proposed_at      timestamptz   not null,
    proposed_by      varchar(200)  not null,
    answered_at      timestamptz,
    answered_by      varchar(200),
    unique (application_id, host_sme_id)
);

create index match_proposal_host_ix on match_proposal (host_sme_id, status);

create table final_report (
    id                         uuid primary key,
    application_id             uuid          not null references mobility_application (id),
    party                      varchar(20)   not null check (party in ('PARTICIPANT', 'SENDING_SME', 'HOST_SME')),
    objectives_met             varchar(10)   not null check (objectives_met in ('FULLY', 'PARTLY', 'NOT')),
    new_contacts               integer       not null check (new_contacts >= 0),
    expected_business_outcomes varchar(4000) not null,
    satisfaction               integer       not null check (satisfaction between 1 and 5),
    submitted_at               timestamptz   not null,
    submitted_by               varchar(200)  not null,
    unique (application_id, party)
);
