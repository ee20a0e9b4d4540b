-- Histories are read in the order they were written. Timestamps come from each service instance's clock, which may
-- tie (two steps within one clock tick) or drift between instances; a number the database hands out on insert
-- cannot. Steps of one company or application are written one after the other under its row lock, so this order is
-- the order in which they happened.
alter table sme_status_change add column seq bigint generated always as identity;
drop index sme_status_change_sme_ix;
create index sme_status_change_sme_ix on sme_status_change (sme_id, seq);

alter table mobility_transition add column seq bigint generated always as identity;
drop index mobility_transition_application_ix;
create index mobility_transition_application_ix on mobility_transition (application_id, seq);
