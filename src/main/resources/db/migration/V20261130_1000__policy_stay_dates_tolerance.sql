-- How far the confirmed arrival and departure may lie from the planned first and last day (issue 8). Existing
-- policy versions get 14 days, the value new calls get by default.
--
-- The defaults of every rule live in one place, the service (PolicyRules.Defaults): every insert states all of
-- them, so the column defaults the earlier migrations added are dropped.
alter table call_policy
    add column stay_dates_tolerance_days integer not null default 14
        check (stay_dates_tolerance_days between 0 and 90);

alter table call_policy
    alter column stay_dates_tolerance_days drop default,
    alter column report_due_days drop default,
    alter column min_duration_months drop default,
    alter column max_duration_months drop default,
    alter column split_allowed drop default,
    alter column min_part_days drop default,
    alter column parts_window_months drop default,
    alter column max_open_proposals drop default;
