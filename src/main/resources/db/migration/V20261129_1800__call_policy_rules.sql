-- The rules a mobility application is judged by, per policy version (DOMAIN rules 4 and 5, EYE's lessons).
-- Existing versions get the programme's published defaults: 1 to 2 months, no split stays, 5 open proposals.
alter table call_policy
    add column min_duration_months integer not null default 1 check (min_duration_months between 1 and 12),
    add column max_duration_months integer not null default 2 check (max_duration_months between 1 and 12),
    add column split_allowed       boolean not null default false,
    add column min_part_days       integer not null default 7 check (min_part_days between 1 and 365),
    add column parts_window_months integer not null default 12 check (parts_window_months between 1 and 36),
    add column max_open_proposals  integer not null default 5 check (max_open_proposals between 1 and 50),
    add constraint call_policy_duration_ck check (max_duration_months >= min_duration_months);

create index call_policy_call_ix on call_policy (call_id, valid_from desc);
