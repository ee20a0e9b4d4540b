-- Seeds the money scenarios (issue 10) into a database that bench/seed.sql already filled; run once per data size,
-- just before the first of them, so the rows it adds do not change what scenarios 1 to 7 measure.
-- psql variables:
--   approvals = applications in AGREEMENT_SIGNED for scenario 8 (approvals against one budget line);
--   payments  = mobilities IN_PROGRESS whose grant is at STAY_STARTED, for scenario 9 (payment creation) and the
--               replay of its statements;
--   payouts   = APPROVED pre-financing payments of one paying facilitator, for the bank file (0: none);
--   small_payouts = the same for a second paying facilitator: a small batch, to compare the bank file's memory with.
-- Every application of scenario 8 has its own sending company, participant and host: the approval locks those rows,
-- so shared ones would measure their locks instead of the budget line's. All of them plan the same stay at hosts of
-- the same country, so every grant is the same amount and the line's room is a whole number of approvals.
-- Grants, budget lines and ledger entries are seeded consistent with each other: the reconciliation balances.
\set ON_ERROR_STOP on
set client_min_messages = warning;
set work_mem = '64MB';

-- The sending side's facilitator of every money mobility (it approves in scenario 8 and pays in scenario 9), and a
-- paying facilitator whose approved payouts make the bank file, with the account the file takes the money from.
insert into facilitator (id, name, country, covered_countries, contact_email, contact_phone, website, active,
                         version, created_at, created_by, updated_at, updated_by)
values (bench.uid('fac', 200), 'Bench Money Chamber', 'IT', array['IT'], 'money@bench.example', null, null, true, 0,
        now(), 'seed', now(), 'seed'),
       (bench.uid('fac', 201), 'Bench Paying Network', 'IT', array['IT'], 'payouts@bench.example', null, null, true,
        0, now(), 'seed', now(), 'seed'),
       (bench.uid('fac', 202), 'Bench Small Payer', 'IT', array['IT'], 'small@bench.example', null, null, true,
        0, now(), 'seed', now(), 'seed');

insert into bank_account (id, owner_kind, owner_id, revision, holder_name, iban, bic, status, activated_at, version,
                          created_at, created_by, updated_at, updated_by)
values (bench.uid('acct', 201), 'FACILITATOR', bench.uid('fac', 201), 1, 'Bench Paying Network',
        'IT57A0300203280100000000001', 'BCITITMM', 'ACTIVE', now(), 0, now(), 'seed', now(), 'seed'),
       (bench.uid('acct', 202), 'FACILITATOR', bench.uid('fac', 202), 1, 'Bench Small Payer',
        'IT57A0300203280100000000001', 'BCITITMM', 'ACTIVE', now(), 0, now(), 'seed', now(), 'seed');

-- Companies: kind 'ms' sends (scenario 8, one per application), 'mh' hosts (scenario 8, one per application, in
-- France: EUR 900 a month), 'ps' and 'ph' send and host in scenario 9 and the bank file (shared: paying locks no
-- company). Verified, outside the public catalogue.
create temp table money_company as
select 'ms' as kind, j, 'IT' as country, 'Bench Sender ' || j || ' S.r.l.' as name, true as sends, false as hosts,
       0 as capacity, bench.uid('fac', 200) as facilitator_id
from generate_series(1, :approvals) j
union all
select 'mh', j, 'FR', 'Bench Host ' || j || ' SARL', false, true, 2, bench.uid('fac', 2)
from generate_series(1, :approvals) j
union all
select 'ps', j, 'IT', 'Bench Payee ' || j || ' S.r.l.', true, false, 0, bench.uid('fac', 200)
from generate_series(1, 500) j
union all
select 'ph', j, 'FR', 'Bench Hotel ' || j || ' SARL', false, true, 50, bench.uid('fac', 2)
from generate_series(1, 500) j;

insert into sme (id, legal_name, trading_name, country, nuts_region, street, postal_code, city, website, vat_number,
                 nace_code, nace_version, nace_section, founding_year, staff_headcount, annual_turnover,
                 balance_sheet_total, size_class, languages, collaboration_offered, collaboration_sought,
                 target_markets, sends_staff, hosts_staff, hosting_capacity, description, catalogue_consent,
                 facilitator_id, status, submitted_at, review_due_on, external_client, external_ref, version,
                 created_at, created_by, updated_at, updated_by)
select bench.uid(c.kind, c.j), c.name, null, c.country, c.country || '1', 'Via del Banco ' || c.j, '00100',
       case c.country when 'IT' then 'Bologna' else 'Lyon' end, null,
       c.country || c.kind || lpad(c.j::text, 12, '0'), '10.71', 'REV_2', 'C', 2001, 8, 900000.00, 650000.00,
       'MICRO', array['en'], array['MARKET_RESEARCH'], array['MARKET_RESEARCH'], array['FR'], c.sends, c.hosts,
       c.capacity, 'A company of the money benchmark.', false, c.facilitator_id, 'VERIFIED',
       now() - interval '100 days', null, null, null, 1, now(), 'seed', now(), 'seed'
from money_company c;

insert into participant (id, sme_id, first_name, last_name, email, role, job_title, languages, esco_occupation,
                         isco_code, has_disability, catalogue_consent, version, created_at, created_by, updated_at,
                         updated_by)
select bench.uid('m' || c.kind, c.j), bench.uid(c.kind, c.j), 'Anna', 'Rossi',
       'person.' || c.kind || c.j || '@bench.example', 'EMPLOYEE', 'Specialist', array['en:B2'], null, '2431', false,
       false, 0, now(), 'seed', now(), 'seed'
from money_company c where c.sends;

-- The money mobilities. k numbers them within their kind: 'ma' scenario 8 (AGREEMENT_SIGNED, stay 60 days ahead),
-- 'mp' scenario 9 (IN_PROGRESS, grant at STAY_STARTED), 'mb' the bank file (IN_PROGRESS, pre-financing approved).
create temp table money_application as
select 'ma' as kind, k, bench.uid('ma', k) as id, bench.uid('ms', k) as sender, bench.uid('mms', k) as participant,
       bench.uid('mh', k) as host, 'AGREEMENT_SIGNED' as status, current_date + 60 as stay_start,
       bench.uid('fac', 200) as payer
from generate_series(1, :approvals) k
union all
select 'mp', k, bench.uid('mp', k), bench.uid('ps', 1 + k % 500), bench.uid('mps', 1 + k % 500),
       bench.uid('ph', 1 + k % 500), 'IN_PROGRESS', current_date - 10, bench.uid('fac', 200)
from generate_series(1, :payments) k
union all
select 'mb', k, bench.uid('mb', k), bench.uid('ps', 1 + k % 500), bench.uid('mps', 1 + k % 500),
       bench.uid('ph', 1 + k % 500), 'IN_PROGRESS', current_date - 10,
       bench.uid('fac', case when k > :payouts then 202 else 201 end)
from generate_series(1, :payouts + :small_payouts) k;

insert into mobility_application (id, call_id, policy_version, sending_sme_id, participant_id, host_sme_id,
                                  collaboration_type, sending_facilitator_id, host_facilitator_id, status, due_on,
                                  review_days_left, project_revision, objectives_for_sender, objectives_for_host,
                                  expected_outcomes, activity_plan, planned_stay, insurance_confirmed_at,
                                  insurance_reference, actual_start, actual_end, version, created_at, created_by,
                                  updated_at, updated_by, sending_sme_client, host_sme_client, signed_parties,
                                  reported_parties)
select a.id, 'ca110000-0000-4000-8000-000000002026', 1, a.sender, a.participant, a.host, 'MARKET_RESEARCH',
       a.payer, bench.uid('fac', 2), a.status, null, null, 1,
       array['Learn how the host sells abroad'], array['Gain a partner in the sender''s market'],
       'A joint offer for both markets.', 'Weeks 1-3: production; weeks 4-6: sales.',
       array[a.stay_start || '/' || (a.stay_start + 44)],
       case when a.status = 'IN_PROGRESS' then now() - interval '20 days' end,
       case when a.status = 'IN_PROGRESS' then 'Insurer policy ' || a.k end,
       case when a.status = 'IN_PROGRESS' then a.stay_start end, null,
       1, now() - interval '30 days', 'seed', now(), 'seed', null, null,
       array['HOST_SME', 'SENDING_FACILITATOR', 'SENDING_SME'], '{}'
from money_application a;

insert into learning_project_revision (id, application_id, revision, objectives_for_sender, objectives_for_host,
                                       expected_outcomes, activity_plan, planned_stay, created_at, created_by)
select bench.uid('rev' || a.kind, a.k), a.id, 1, m.objectives_for_sender, m.objectives_for_host, m.expected_outcomes,
       m.activity_plan, m.planned_stay, m.created_at, 'seed'
from money_application a join mobility_application m on m.id = a.id;

insert into mobility_application_step (id, application_id, occurred_at, actor, actor_role, action, from_status,
                                       to_status, reason, revision)
select bench.uid('step0' || a.kind, a.k), a.id, now() - interval '30 days', 'seed', 'sme', null, null, 'DRAFT',
       'Drafted', 1
from money_application a;
insert into mobility_application_step (id, application_id, occurred_at, actor, actor_role, action, from_status,
                                       to_status, reason)
select bench.uid('step1' || a.kind, a.k), a.id, now() - interval '1 day', 'seed', 'facilitator', null, null, a.status,
       null
from money_application a;

-- Budget lines of the call: scenario 8's line starts with room for everything (the harness sets its amount after the
-- warm-up, to fit about half of the measured run's approvals); the other two hold the seeded grants.
insert into budget_line (id, call_id, code, name, funder, currency, amount, committed, paid, priority,
                         eligible_countries, version, created_at, created_by, updated_at, updated_by)
values (bench.uid('line', 8), 'ca110000-0000-4000-8000-000000002026', 'BENCH-APPROVALS', 'Approvals benchmark',
        'EU call budget', 'EUR', 999999999.00, 0, 0, 900, '{}', 0, now(), 'seed', now(), 'seed'),
       (bench.uid('line', 9), 'ca110000-0000-4000-8000-000000002026', 'BENCH-PAYMENTS', 'Payments benchmark',
        'EU call budget', 'EUR', 999999999.00, 0, 0, 901, '{}', 0, now(), 'seed', now(), 'seed');

-- The grants of the mobilities under way: EUR 1,320.00 (France, 1 month and 14 days), 70 % pre-financing.
insert into grant_calculation (id, rate_table_id, host_country, disability_rate, monthly_rate, months, days, amount,
                               explanation, created_at, table_version, table_valid_from)
select bench.uid('calc' || a.kind, a.k), '9a7e0000-0000-4000-8000-000000000001', 'FR', false, 900.00, 1, 14, 1320.00,
       array['Rate table 1 (valid from 2020-01-01): FR EUR 900.00 a month',
             '1 month x EUR 900.00 + 14 days x EUR 30.00 = EUR 1,320.00'], now(), 1, date '2020-01-01'
from money_application a where a.kind <> 'ma';

insert into mobility_grant (application_id, budget_line_id, payer_facilitator_id, payee_kind, payee_id,
                            prefinancing_percent, planned_calculation_id, actual_calculation_id, entitlement,
                            committed, paid, version, created_at, created_by, updated_at, updated_by, stage,
                            sending_sme_id)
select a.id, bench.uid('line', 9), a.payer, 'SENDING_SME', a.sender, 70, bench.uid('calc' || a.kind, a.k), null,
       1320.00, 1320.00, 0, 0, now() - interval '10 days', 'seed', now() - interval '10 days', 'seed', 'STAY_STARTED',
       a.sender
from money_application a where a.kind <> 'ma';

insert into ledger_entry (budget_line_id, application_id, payment_id, entry_type, amount, committed_change,
                          paid_change, reason, recorded_by, recorded_role, recorded_at)
select bench.uid('line', 9), a.id, null, 'GRANT_COMMITTED', 1320.00, 1320.00, 0, 'Grant on the planned dates', 'seed',
       'facilitator', now() - interval '10 days'
from money_application a where a.kind <> 'ma';

update budget_line set committed = (select count(*) * 1320.00 from money_application where kind <> 'ma')
where id = bench.uid('line', 9);

-- The bank file's payouts: pre-financing created by one person and approved by another, with the creditor's account
-- copied at approval (the sending companies' name and a valid Italian IBAN).
insert into payment (id, application_id, budget_line_id, payer_facilitator_id, instalment, amount, currency,
                     payee_kind, payee_id, status, end_to_end_id, reissue_of, creditor_name, creditor_iban,
                     creditor_bic, batch_id, failure_code, failure_reason, approved_at, approved_by, version,
                     created_at, created_by, updated_at, updated_by)
select bench.uid('pay', a.k), a.id, bench.uid('line', 9), a.payer, 'PRE_FINANCING', 924.00, 'EUR', 'SENDING_SME',
       a.sender, 'APPROVED', replace(bench.uid('pay', a.k)::text, '-', ''), null, s.legal_name,
       'IT60X0542811101000000123456', 'BCITITMM', null, null, null, now() - interval '1 day', 'seed-approver', 1,
       now() - interval '2 days', 'seed', now() - interval '1 day', 'seed-approver'
from money_application a join sme s on s.id = a.sender
where a.kind = 'mb';

insert into ledger_entry (budget_line_id, application_id, payment_id, entry_type, amount, committed_change,
                          paid_change, reason, recorded_by, recorded_role, recorded_at)
select bench.uid('line', 9), p.application_id, p.id, e.type, 924.00, 0, 0, e.reason, e.who, 'facilitator', e.at
from payment p
cross join (values ('PAYMENT_CREATED', 'Created', 'seed', now() - interval '2 days'),
                   ('PAYMENT_APPROVED', 'Approved', 'seed-approver', now() - interval '1 day')) as e(type, reason, who, at)
where p.payer_facilitator_id in (bench.uid('fac', 201), bench.uid('fac', 202));

-- What the scenarios draw from: scenario 8's applications; scenario 9's mobilities, the first ones for wrk and the
-- rest for the replay of the statements (one fresh mobility per replayed transaction, drawn with the sequence).
create table bench.approval_sample as
select k, id from money_application where kind = 'ma';
create table bench.payment_sample as
select k, id from money_application where kind = 'mp';
create sequence bench.payment_replay_seq;

analyze sme;
analyze participant;
analyze mobility_application;
analyze learning_project_revision;
analyze mobility_application_step;
analyze budget_line;
analyze grant_calculation;
analyze mobility_grant;
analyze ledger_entry;
analyze payment;
analyze bank_account;
