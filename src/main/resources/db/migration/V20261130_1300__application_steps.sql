-- An application's history records every step, not only changes of status (issue 8): proposals sent, accepted and
-- declined, each learning project revision, each signature, the insurance, each report. A step says what it
-- concerns: the revision, the signing or reporting party, the proposed host.
alter table mobility_transition rename to mobility_application_step;
alter index mobility_transition_application_ix rename to mobility_application_step_application_ix;
alter table mobility_application_step rename constraint mobility_transition_pkey to mobility_application_step_pkey;
alter table mobility_application_step
    rename constraint mobility_transition_application_id_fkey to mobility_application_step_application_id_fkey;

alter table mobility_application_step
    add column revision    integer check (revision > 0),
    add column party       varchar(30),
    add column host_sme_id uuid references sme (id);
