-- Demo money for dev mode only, after R__demo_data.sql (repeatable migrations run in the order of their names): the
-- demo call's two budget lines, bank accounts, approved mobilities with their committed grants, payments in every
-- state, bank files and the ledger of every movement, so that a new user can follow the money path (README, "The
-- money path in the demo"). Like R__demo_data.sql it runs again whenever this file changes, on top of itself and of
-- whatever the developer did since: every insert is idempotent, with fixed ids, and a mobility's money (grant,
-- payments, ledger) is seeded only while it has none, all in this one transaction.
--
-- The paying facilitator of the demo is the Camera di Commercio di Bari: lcp.bari@example.eu creates payments,
-- exports batches and imports status reports; treasury.bari@example.eu is its second pair of eyes (both in GET
-- /dev/tokens). Forum AIC's Secretariat pays the one mobility it sends (a0a0...0003); its users have no token.
--
--   a0a0...0003  IN_PROGRESS (R__demo_data)  HR -> IT, 1 month            EUR   900.00  Forum AIC line
--                grant STAY_STARTED; pre-financing 630.00 APPROVED (Forum AIC's, waiting for its bank file)
--   a0a0...0005  APPROVED     IT -> DE, 1 month and 10 days                EUR 1,106.67  EU line
--                grant COMMITTED; nothing due before the arrival
--   a0a0...0006  IN_PROGRESS  IT -> HR, 2 months                           EUR 1,440.00  Forum AIC line
--                grant STAY_STARTED; pre-financing 1,008.00 due, not created yet: the demo's first payment
--   a0a0...0007  REPORTED     IT -> DE, 2 months planned, 1 month and 20 days actual
--                                                    EUR 1,660.00 -> 1,383.33  EU line
--                pre-financing 1,162.00 PAID (bank file 1); balance 221.33 PENDING (waits for a second person)
--   a0a0...0008  IN_PROGRESS  IT -> HR, 1 month, disability rate           EUR 1,100.00  Forum AIC line
--                pre-financing 770.00 FAILED (bank file 2, returned AC04: the account was closed), re-issued
--                to the company's new account: 770.00 PENDING
--   a0a0...0009  IN_PROGRESS  IT -> HR, 1 month and 20 days                EUR 1,200.00  EU line
--                pre-financing 840.00 EXPORTED in bank file 3, sent two days ago: no status report yet
--
-- Amounts are not typed in: the grants are computed here from the rate table as GrantCalculator computes them, and
-- the budget lines' committed and paid amounts are the sums of their ledger entries.

-- The demo call's budget lines (DOMAIN rule 10). Approvals that name no line try the lowest priority first: Forum
-- AIC's line for the companies it funds, the EU line for everyone else.
insert into budget_line (id, call_id, code, name, funder, currency, amount, committed, paid, priority,
                         eligible_countries, version, created_at, created_by, updated_at, updated_by)
select line.id, call.id, line.code, line.name, line.funder, 'EUR', line.amount, 0, 0, line.priority,
       line.countries, 0, call.created_at, 'demo-data', call.created_at, 'demo-data'
from programme_call call,
     (values ('b0d9e700-0000-4000-8000-000000000001'::uuid, 'EU-DEMO', 'MobiliseSME demo call: EU budget',
              'European Union (EISMEA), 95 % co-financed', 1500000.00, 10, '{}'::varchar[]),
             ('b0d9e700-0000-4000-8000-000000000002'::uuid, 'FORUM-AIC-DEMO',
              'Forum AIC: sending companies of Italy and the Adriatic-Ionian countries', 'Forum AIC', 150000.00, 5,
              '{AL,BA,GR,HR,IT,ME,MK,RS,SI,SM}'::varchar[])) as line (id, code, name, funder, amount, priority,
                                                                     countries)
where call.id = 'ca110000-0000-4000-8000-00000000de40'
on conflict do nothing;

-- Three Italian companies in the care of the Camera di Commercio di Bari, which send the new mobilities.
create temporary table demo_money_sme (
    id uuid, legal_name varchar, nuts varchar, city varchar, vat varchar, nace varchar, staff int, turnover numeric,
    balance numeric, size varchar, languages varchar[], offered varchar[], sought varchar[], markets varchar[],
    description varchar, submitted_days_ago int
) on commit drop;

insert into demo_money_sme values
    ('5e5e0000-0000-4000-8000-000000000010', 'Pastificio Murgiano S.r.l.', 'ITF47', 'Altamura', 'IT05512340721',
     '10.73', 28, 5200000, 2600000, 'SMALL', '{it,en}', '{PRODUCT_DEVELOPMENT}', '{INTERNATIONALISATION,TRAINING}',
     '{AT,DE,HR}', 'Durum wheat pasta from the Murgia; sends export and production staff to learn from partners.', 170),
    ('5e5e0000-0000-4000-8000-000000000011', 'Salento Tessile S.r.l.', 'ITF45', 'Lecce', 'IT04123450759', '13.20',
     42, 7800000, 4100000, 'SMALL', '{it,en,fr}', '{JOINT_RESEARCH}', '{PRODUCT_DEVELOPMENT,TRAINING}',
     '{DE,FR,HR}', 'Weaves technical fabrics for sails and upholstery.', 175),
    ('5e5e0000-0000-4000-8000-000000000012', 'Ceramiche Artistiche Grottaglie S.n.c.', 'ITF43', 'Grottaglie',
     'IT02987650733', '23.41', 7, 640000, 380000, 'MICRO', '{it,en}', '{MARKET_RESEARCH}', '{INTERNATIONALISATION}',
     '{AT,HR,SI}', 'Hand-painted ceramics workshop looking for buyers on the Adriatic coast.', 160);

insert into sme (id, legal_name, country, nuts_region, street, postal_code, city, website, vat_number, nace_code,
                 nace_version, nace_section, founding_year, staff_headcount, annual_turnover, balance_sheet_total,
                 size_class, languages, collaboration_offered, collaboration_sought, target_markets, sends_staff,
                 hosts_staff, hosting_capacity, description, catalogue_consent, facilitator_id, status, submitted_at,
                 review_due_on, version, created_at, created_by, updated_at, updated_by)
select id, legal_name, 'IT', nuts, 'Demo street 1', '70000', city, null, vat, nace, 'REV_2', 'C', 1998, staff,
       turnover, balance, size, languages, offered, sought, markets, true, false, 0, description, true,
       '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', 'VERIFIED', now() - make_interval(days => submitted_days_ago), null,
       0, now() - make_interval(days => submitted_days_ago), 'demo-data', now(), 'demo-data'
from demo_money_sme
on conflict (id) do nothing;

insert into sme_status_change (id, sme_id, changed_at, changed_by, actor_role, from_status, to_status, reason)
select md5(id::text || 'registered')::uuid, id, now() - make_interval(days => submitted_days_ago), 'demo-data', 'sme',
       null, 'PENDING_VERIFICATION', 'Registered'
from demo_money_sme
union all
select md5(id::text || 'decided')::uuid, id, now() - make_interval(days => submitted_days_ago - 3),
       'facilitator-demo', 'facilitator', 'PENDING_VERIFICATION', 'VERIFIED', 'Chamber register extract checked.'
from demo_money_sme
on conflict (id) do nothing;

-- Their participants, one mobility each; Luca Mele has a disability, so his grant is at the disability rate.
insert into participant (id, sme_id, first_name, last_name, email, role, job_title, languages, esco_occupation,
                         isco_code, has_disability, catalogue_consent, erased_at, erased_by, version, created_at,
                         created_by, updated_at, updated_by)
values ('9a9a0000-0000-4000-8000-000000000007', '5e5e0000-0000-4000-8000-000000000010', 'Francesca', 'Loiudice',
        'francesca.loiudice@pastificiomurgiano.example.it', 'EMPLOYEE', 'Export assistant', '{it:C2,en:B2,de:A2}',
        null, '3322', false, true, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-000000000008', '5e5e0000-0000-4000-8000-000000000010', 'Nicola', 'Colonna',
        'nicola.colonna@pastificiomurgiano.example.it', 'MANAGER', 'Production manager', '{it:C2,en:B1,hr:A1}',
        null, '1321', false, true, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-000000000009', '5e5e0000-0000-4000-8000-000000000011', 'Chiara', 'Greco',
        'chiara.greco@salentotessile.example.it', 'EMPLOYEE', 'Textile engineer', '{it:C2,en:C1,de:B1}', null,
        '2141', false, true, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-00000000000a', '5e5e0000-0000-4000-8000-000000000011', 'Luca', 'Mele',
        'luca.mele@salentotessile.example.it', 'EMPLOYEE', 'Quality technician', '{it:C2,en:B2,hr:A2}', null,
        '3119', true, true, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-00000000000b', '5e5e0000-0000-4000-8000-000000000012', 'Rosa', 'Caforio',
        'rosa@ceramichegrottaglie.example.it', 'OWNER', 'Co-owner and ceramic painter', '{it:C2,en:A2}', null,
        '7314', false, true, null, null, 0, now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

-- The new mobilities, hosted by Schwarzwald Feinmechanik (DE) and Adriatic Yachting (HR), whose capacities they
-- respect. Days are counted back from today; a stay of "N months" ends the day before the same date N months later,
-- so the months and days of each grant are the same whatever day the demo first runs.
create temporary table demo_money_application (
    id uuid, sender uuid, participant uuid, host uuid, host_facilitator uuid, status varchar, collaboration varchar,
    starts date, planned_ends date, actual_ends date, drafted_days_ago int, proposed_days_ago int,
    signed_days_ago int, approved_days_ago int, insured_days_ago int, reported_days_ago int, insurance varchar,
    objective_sender varchar, objective_host varchar, outcomes varchar, plan varchar, proposal varchar, answer varchar
) on commit drop;

insert into demo_money_application
select id, sender, participant, host, host_facilitator, status, collaboration, starts,
       (starts + make_interval(months => planned_months))::date + planned_extra_days - 1,
       case when actual_months is not null
            then (starts + make_interval(months => actual_months))::date + actual_extra_days - 1 end,
       drafted, proposed, signed, approved, insured, reported, insurance, objective_sender, objective_host, outcomes,
       plan, proposal, answer
from (values
    ('a0a00000-0000-4000-8000-000000000005'::uuid, '5e5e0000-0000-4000-8000-000000000010'::uuid,
     '9a9a0000-0000-4000-8000-000000000007'::uuid, '5e5e0000-0000-4000-8000-000000000004'::uuid,
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003'::uuid, 'APPROVED', 'INTERNATIONALISATION', current_date + 14, 1, 10,
     null::int, null::int, 30, 22, 12, 3, null::int, null::int, null,
     'Learn how a German exporter ships to Austria and Switzerland', 'Meet an Italian food producer as a supplier',
     'A first pallet order for the host''s canteen', 'Shipping desk, customs paperwork, two customer visits',
     'Francesca wants to learn how you run export logistics.', 'Happy to host her in our shipping department.'),
    ('a0a00000-0000-4000-8000-000000000006', '5e5e0000-0000-4000-8000-000000000010',
     '9a9a0000-0000-4000-8000-000000000008', '5e5e0000-0000-4000-8000-000000000006',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'IN_PROGRESS', 'TRAINING', current_date - 5, 2, 0, null, null,
     60, 50, 30, 15, 8, null, 'Generali IT-2026-4411',
     'Bring lean production practice back to the pasta line', 'Compare lean methods with a food manufacturer',
     'A shared improvement plan for both workshops', 'Month 1 hull workshop, month 2 planning office',
     'Nicola would like to see your lean production.', 'Welcome; he will join the hull team.'),
    ('a0a00000-0000-4000-8000-000000000007', '5e5e0000-0000-4000-8000-000000000011',
     '9a9a0000-0000-4000-8000-000000000009', '5e5e0000-0000-4000-8000-000000000004',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'REPORTED', 'JOINT_RESEARCH', current_date - 75, 2, 0, 1, 20,
     130, 118, 100, 95, 80, 20, 'UnipolSai VG-2026-0173',
     'Learn precision finishing of coated technical fabrics', 'Test Italian fabrics for machine covers',
     'A joint test series of coated fabrics', 'Finishing lab, materials testing, a trade fair visit',
     'Chiara studies precision finishing of technical fabrics.', 'Our finishing lab can take her.'),
    ('a0a00000-0000-4000-8000-000000000008', '5e5e0000-0000-4000-8000-000000000011',
     '9a9a0000-0000-4000-8000-00000000000a', '5e5e0000-0000-4000-8000-000000000006',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'IN_PROGRESS', 'PRODUCT_DEVELOPMENT', current_date - 25, 1, 0, null,
     null, 80, 70, 45, 35, 27, null, 'Allianz IT-2026-9052',
     'Learn how a yard tests sailcloth under load', 'Find a supplier of sailcloth made to measure',
     'A sailcloth specification written together', 'Sail loft, load tests, sea trial',
     'Luca works on quality control of sailcloth.', 'We will pair him with our sail loft.'),
    ('a0a00000-0000-4000-8000-000000000009', '5e5e0000-0000-4000-8000-000000000012',
     '9a9a0000-0000-4000-8000-00000000000b', '5e5e0000-0000-4000-8000-000000000006',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'IN_PROGRESS', 'MARKET_RESEARCH', current_date - 12, 1, 20, null, null,
     70, 60, 40, 20, 14, null, 'Reale Mutua IT-2026-3318',
     'Meet buyers and decorators of yacht interiors', 'Find hand-made ceramics for yacht interiors',
     'A first order of painted tiles for a refit', 'Interior design team, two shipyard clients, a boat show',
     'Rosa looks for buyers and decorators of yacht interiors.', 'Our interior team would be glad to meet her.'))
    as v (id, sender, participant, host, host_facilitator, status, collaboration, starts, planned_months,
          planned_extra_days, actual_months, actual_extra_days, drafted, proposed, signed, approved, insured,
          reported, insurance, objective_sender, objective_host, outcomes, plan, proposal, answer);

insert into mobility_application (id, call_id, policy_version, sending_sme_id, participant_id, host_sme_id,
                                  collaboration_type, sending_facilitator_id, host_facilitator_id, status, due_on,
                                  review_days_left, project_revision, objectives_for_sender, objectives_for_host,
                                  expected_outcomes, activity_plan, planned_stay, signed_parties, reported_parties,
                                  insurance_confirmed_at, insurance_reference, actual_start, actual_end, version,
                                  created_at, created_by, updated_at, updated_by)
select id, 'ca110000-0000-4000-8000-00000000de40', 1, sender, participant, host, collaboration,
       '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', host_facilitator, status, null, null, 1, array[objective_sender],
       array[objective_host], outcomes, plan, array[starts || '/' || planned_ends],
       '{HOST_SME,SENDING_FACILITATOR,SENDING_SME}',
       case when status = 'REPORTED' then '{HOST_SME,PARTICIPANT,SENDING_SME}'::varchar[] else '{}' end,
       now() - make_interval(days => insured_days_ago), insurance,
       case when status <> 'APPROVED' then starts end, actual_ends, 0,
       now() - make_interval(days => drafted_days_ago), 'demo-data', now(), 'demo-data'
from demo_money_application
on conflict (id) do nothing;

insert into learning_project_revision (id, application_id, revision, objectives_for_sender, objectives_for_host,
                                       expected_outcomes, activity_plan, planned_stay, created_at, created_by)
select md5(a.id::text || 'revision-1')::uuid, a.id, 1, a.objectives_for_sender, a.objectives_for_host,
       a.expected_outcomes, a.activity_plan, a.planned_stay, a.created_at, 'demo-data'
from mobility_application a join demo_money_application d on d.id = a.id
on conflict (id) do nothing;

insert into match_proposal (id, application_id, host_sme_id, status, message, answer, proposed_at, proposed_by,
                            answered_at, answered_by)
select ('a0a0b0b0-0000-4000-8000-' || right(id::text, 12))::uuid, id, host, 'ACCEPTED', proposal, answer,
       now() - make_interval(days => proposed_days_ago), 'demo-data',
       now() - make_interval(days => proposed_days_ago - 1), 'demo-data'
from demo_money_application
on conflict (id) do nothing;

-- Each history as the service writes it (see demo_step in R__demo_data.sql): review, proposal and acceptance, the
-- three signatures, approval, insurance, arrival, departure, and the three final reports, as far as each has got.
create temporary table demo_money_step (
    application uuid, position int, occurred_at timestamptz, role varchar, action varchar, from_status varchar,
    to_status varchar, reason varchar, revision int, party varchar, host uuid
) on commit drop;

insert into demo_money_step
select d.id, step.position, now() - make_interval(days => step.days_ago), step.role, step.action,
       step.from_status, step.to_status, step.reason, step.revision, step.party, step.host
from demo_money_application d
cross join lateral (values
    (0, d.drafted_days_ago, 'sme', null, null, 'DRAFT', 'Drafted', 1, null, null::uuid),
    (1, d.drafted_days_ago - 1, 'sme', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'Ready for review', null, null, null),
    (2, d.drafted_days_ago - 2, 'facilitator', 'START_REVIEW', 'SUBMITTED', 'UNDER_REVIEW', null, null, null, null),
    (3, d.drafted_days_ago - 3, 'facilitator', 'DECLARE_ELIGIBLE', 'UNDER_REVIEW', 'ELIGIBLE', null, null, null,
     null),
    (4, d.proposed_days_ago, 'sme', 'PROPOSE', 'ELIGIBLE', 'ELIGIBLE', d.proposal, null, null, d.host),
    (5, d.proposed_days_ago - 1, 'sme', 'ACCEPT_PROPOSAL', 'ELIGIBLE', 'MATCHED', d.answer, null, null, d.host),
    (6, d.signed_days_ago, 'sme', 'SIGN', 'MATCHED', 'MATCHED', null, 1, 'SENDING_SME', null),
    (7, d.signed_days_ago - 1, 'sme', 'SIGN', 'MATCHED', 'MATCHED', null, 1, 'HOST_SME', null),
    (8, d.signed_days_ago - 2, 'facilitator', 'SIGN', 'MATCHED', 'AGREEMENT_SIGNED', 'All parties signed revision 1',
     1, 'SENDING_FACILITATOR', null),
    (9, d.approved_days_ago, 'facilitator', 'APPROVE', 'AGREEMENT_SIGNED', 'APPROVED', null, null, null, null),
    (10, d.insured_days_ago, 'sme', 'CONFIRM_INSURANCE', 'APPROVED', 'APPROVED', null, null, null, null),
    (11, current_date - d.starts, 'sme', 'CONFIRM_ARRIVAL', 'APPROVED', 'IN_PROGRESS', null, null, null, null),
    (12, current_date - d.actual_ends, 'sme', 'CONFIRM_DEPARTURE', 'IN_PROGRESS', 'COMPLETED', null, null, null,
     null),
    (13, d.reported_days_ago, 'sme', 'REPORT', 'COMPLETED', 'COMPLETED', null, null, 'PARTICIPANT', null),
    (14, d.reported_days_ago - 1, 'sme', 'REPORT', 'COMPLETED', 'COMPLETED', null, null, 'SENDING_SME', null),
    (15, d.reported_days_ago - 2, 'sme', 'REPORT', 'COMPLETED', 'REPORTED', 'All final reports in', null,
     'HOST_SME', null))
    as step(position, days_ago, role, action, from_status, to_status, reason, revision, party, host)
where step.position <= case d.status when 'APPROVED' then 9 when 'IN_PROGRESS' then 11 else 15 end;

insert into learning_project_signature (id, application_id, revision, party, signed_by, signed_at)
select md5(application::text || 'signature' || party)::uuid, application, revision, party, 'demo-data', occurred_at
from demo_money_step
where action = 'SIGN'
on conflict do nothing;

insert into final_report (id, application_id, party, objectives_met, new_contacts, expected_business_outcomes,
                          satisfaction, submitted_at, submitted_by)
select md5(s.application::text || 'report' || s.party)::uuid, s.application, s.party, r.objectives_met,
       r.new_contacts, r.outcomes, r.satisfaction, s.occurred_at, 'demo-data'
from demo_money_step s
join (values ('PARTICIPANT', 'FULLY', 6, 'Two finishing methods to try at home', 5),
             ('SENDING_SME', 'FULLY', 3, 'A joint test series of coated fabrics in spring', 4),
             ('HOST_SME', 'PARTLY', 2, 'Samples ordered; the stay ended early for a family reason', 4))
    as r (party, objectives_met, new_contacts, outcomes, satisfaction) on r.party = s.party
where s.action = 'REPORT'
on conflict do nothing;

insert into mobility_application_step (id, application_id, occurred_at, actor, actor_role, action, from_status,
                                       to_status, reason, revision, party, host_sme_id)
select md5(application::text || 'step' || position)::uuid, application, occurred_at, 'demo-data', role, action,
       from_status, to_status, reason, revision, party, host
from demo_money_step
order by application, position
on conflict (id) do nothing;

-- The moments the money follows, read from the histories as stored, so the seeded IN_PROGRESS application of
-- R__demo_data.sql fits its own dates on a database where that file ran days ago.
create temporary table demo_money_moment on commit drop as
select a.id as application,
       (select s.occurred_at from mobility_application_step s where s.application_id = a.id and s.action = 'APPROVE'
        order by s.seq desc limit 1) as approved_at,
       (select s.occurred_at from mobility_application_step s
        where s.application_id = a.id and s.action = 'CONFIRM_ARRIVAL' order by s.seq desc limit 1) as arrived_at,
       (select s.occurred_at from mobility_application_step s
        where s.application_id = a.id and s.action = 'CONFIRM_DEPARTURE' order by s.seq desc limit 1) as departed_at,
       (select s.occurred_at from mobility_application_step s
        where s.application_id = a.id and s.to_status = 'REPORTED' order by s.seq desc limit 1) as reported_at
from mobility_application a
where a.id in ('a0a00000-0000-4000-8000-000000000003', 'a0a00000-0000-4000-8000-000000000005',
               'a0a00000-0000-4000-8000-000000000006', 'a0a00000-0000-4000-8000-000000000007',
               'a0a00000-0000-4000-8000-000000000008', 'a0a00000-0000-4000-8000-000000000009');

-- Bank accounts of the paying facilitators and of the payees (the sending companies: the call pays the company).
-- An owner that already has accounts (given through the API meanwhile) keeps them. Salento Tessile's first account
-- was closed: the bank returned a payment to it (AC04), and the company gave a new one, in use at once as nothing
-- was on its way to it.
create temporary table demo_money_account (
    id uuid, owner_kind varchar, owner uuid, revision int, holder varchar, iban varchar, bic varchar, status varchar,
    created_at timestamptz, created_by varchar, superseded_at timestamptz
) on commit drop;

insert into demo_money_account
select v.id, v.owner_kind, v.owner, v.revision, v.holder, v.iban, v.bic, v.status, v.created_at, v.created_by,
       v.superseded_at
from (select coalesce((select arrived_at from demo_money_moment
                         where application = 'a0a00000-0000-4000-8000-000000000008'),
                        now() - interval '25 days') as salento_new_at) salento,
     lateral (values
    ('ba4c0000-0000-4000-8000-000000000001'::uuid, 'FACILITATOR', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001'::uuid, 1,
     'Camera di Commercio di Bari', 'IT61R0542404001000000560123', 'DEMOITBA', 'ACTIVE',
     now() - interval '180 days', 'lcp.bari@example.eu', null::timestamptz),
    ('ba4c0000-0000-4000-8000-000000000002', 'FACILITATOR', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 1,
     'Forum delle Camere di Commercio dell''Adriatico e dello Ionio', 'IT86N0306902600100000004321', 'DEMOITAN',
     'ACTIVE', now() - interval '180 days', 'accounts@forumaic.example.org', null),
    ('ba4c0000-0000-4000-8000-000000000006', 'SME', '5e5e0000-0000-4000-8000-000000000006', 1,
     'Adriatic Yachting d.o.o.', 'HR7023900011101234567', 'DEMOHR2X', 'ACTIVE', now() - interval '45 days',
     'demo-data', null),
    ('ba4c0000-0000-4000-8000-000000000010', 'SME', '5e5e0000-0000-4000-8000-000000000010', 1,
     'Pastificio Murgiano S.r.l.', 'IT68K0542441320000000071234', null, 'ACTIVE', now() - interval '160 days',
     'demo-data', null),
    ('ba4c0000-0000-4000-8000-000000000011', 'SME', '5e5e0000-0000-4000-8000-000000000011', 1,
     'Salento Tessile S.r.l.', 'IT43T0103079600000000188771', 'DEMOITLE', 'SUPERSEDED', now() - interval '165 days',
     'demo-data', salento.salento_new_at + interval '8 days'),
    ('ba4c0000-0000-4000-8000-000000000012', 'SME', '5e5e0000-0000-4000-8000-000000000011', 2,
     'Salento Tessile S.r.l.', 'IT45H0526279600CC0010421995', 'DEMOITL2', 'ACTIVE',
     salento.salento_new_at + interval '8 days', 'demo-data', null),
    ('ba4c0000-0000-4000-8000-000000000013', 'SME', '5e5e0000-0000-4000-8000-000000000012', 1,
     'Ceramiche Artistiche Grottaglie S.n.c.', 'IT08A0853778910000000012345', 'DEMOITTA', 'ACTIVE',
     now() - interval '150 days', 'demo-data', null))
    as v (id, owner_kind, owner, revision, holder, iban, bic, status, created_at, created_by, superseded_at);

insert into bank_account (id, owner_kind, owner_id, revision, holder_name, iban, bic, status, activated_at,
                          confirmed_at, confirmed_by, refused_at, refused_by, refusal_reason, superseded_at, erased_at,
                          erased_by, version, created_at, created_by, updated_at, updated_by)
select a.id, a.owner_kind, a.owner, a.revision, a.holder, a.iban, a.bic, a.status, a.created_at, null, null, null,
       null, null, a.superseded_at, null, null, case when a.superseded_at is null then 0 else 1 end, a.created_at,
       a.created_by, coalesce(a.superseded_at, a.created_at), a.created_by
from demo_money_account a
where not exists (select 1 from bank_account b where b.owner_kind = a.owner_kind and b.owner_id = a.owner)
on conflict do nothing;

-- The grants: which mobility, on which line, how far it has got. A mobility gets its money seeded only while it is
-- in the status the demo left it in and has no grant and no ledger entry yet; everything below is for those only.
create temporary table demo_money_grant (
    application uuid, status varchar, line uuid, stage varchar, planned_calculation uuid, actual_calculation uuid
) on commit drop;

insert into demo_money_grant
select g.*
from (values
    ('a0a00000-0000-4000-8000-000000000003'::uuid, 'IN_PROGRESS', 'b0d9e700-0000-4000-8000-000000000002'::uuid,
     'STAY_STARTED', 'ca1c0000-0000-4000-8000-000000000003'::uuid, null::uuid),
    ('a0a00000-0000-4000-8000-000000000005', 'APPROVED', 'b0d9e700-0000-4000-8000-000000000001', 'COMMITTED',
     'ca1c0000-0000-4000-8000-000000000005', null),
    ('a0a00000-0000-4000-8000-000000000006', 'IN_PROGRESS', 'b0d9e700-0000-4000-8000-000000000002', 'STAY_STARTED',
     'ca1c0000-0000-4000-8000-000000000006', null),
    ('a0a00000-0000-4000-8000-000000000007', 'REPORTED', 'b0d9e700-0000-4000-8000-000000000001', 'REPORTED',
     'ca1c0000-0000-4000-8000-000000000007', 'ca1c0000-0000-4000-8000-000000010007'),
    ('a0a00000-0000-4000-8000-000000000008', 'IN_PROGRESS', 'b0d9e700-0000-4000-8000-000000000002', 'STAY_STARTED',
     'ca1c0000-0000-4000-8000-000000000008', null),
    ('a0a00000-0000-4000-8000-000000000009', 'IN_PROGRESS', 'b0d9e700-0000-4000-8000-000000000001', 'STAY_STARTED',
     'ca1c0000-0000-4000-8000-000000000009', null)) as g (application, status, line, stage, planned_calculation,
                                                         actual_calculation)
join mobility_application a on a.id = g.application and a.status = g.status
where exists (select 1 from budget_line l where l.id = g.line)
  and not exists (select 1 from mobility_grant m where m.application_id = g.application)
  and not exists (select 1 from ledger_entry e where e.application_id = g.application);

-- Each grant as GrantCalculator computes it: the host country's monthly rate of rate table 1 (or the disability
-- rate), whole calendar months from the first day and the days after them at a thirtieth of the rate, rounded
-- half-up to the cent once; with the explanation in the service's words. Planned on the approval day, actual on the
-- departure day.
create temporary table demo_money_calculation on commit drop as
with stay as (
    select g.application, g.planned_calculation as id, split_part(a.planned_stay[1], '/', 1)::date as starts,
           split_part(a.planned_stay[1], '/', 2)::date as ends, m.approved_at as computed_at
    from demo_money_grant g
    join mobility_application a on a.id = g.application
    join demo_money_moment m on m.application = g.application
    union all
    select g.application, g.actual_calculation, a.actual_start, a.actual_end, m.departed_at
    from demo_money_grant g
    join mobility_application a on a.id = g.application
    join demo_money_moment m on m.application = g.application
    where g.actual_calculation is not null
), rated as (
    select stay.*, t.id as rate_table_id, t.table_version, t.valid_from, host.country as host_country,
           coalesce(p.has_disability, false) as disability,
           case when coalesce(p.has_disability, false) then t.disability_monthly_eur else r.monthly_eur end as rate
    from stay
    join mobility_application a on a.id = stay.application
    join sme host on host.id = a.host_sme_id
    join participant p on p.id = a.participant_id
    join grant_rate_table t on t.id = '9a7e0000-0000-4000-8000-000000000001'
    left join grant_rate r on r.rate_table_id = t.id and r.country = host.country
), counted as (
    select rated.*, whole.months,
           rated.ends - (rated.starts + make_interval(months => whole.months))::date + 1 as days
    from rated
    cross join lateral (select max(n) as months from generate_series(0, 24) n
                        where (rated.starts + make_interval(months => n))::date <= rated.ends + 1) whole
), amounted as (
    select counted.*, round(rate * (30 * months + days) / 30, 2) as amount,
           rate * (30 * months + days) as exact_times_thirty, rate * days as days_times_thirty,
           case when months = 0 then days || ' day' || case when days = 1 then '' else 's' end
                when days = 0 then months || ' month' || case when months = 1 then '' else 's' end
                else months || ' month' || case when months = 1 then '' else 's' end || ' and ' || days || ' day'
                     || case when days = 1 then '' else 's' end end as duration
    from counted
)
select application, id, rate_table_id, table_version, valid_from, host_country, disability, rate, months, days,
       amount, computed_at,
       array_remove(array[
           'Rate table ' || table_version || ', valid from ' || to_char(valid_from, 'YYYY-MM-DD'),
           case when disability
                then 'Monthly rate for participants with disabilities, whatever the host country (' || host_country
                     || '): EUR ' || rate
                else 'Monthly rate for host country ' || host_country || ': EUR ' || rate end,
           'Stay from ' || to_char(starts, 'YYYY-MM-DD') || ' to ' || to_char(ends, 'YYYY-MM-DD') || ': '
               || duration,
           case when months > 0 then months || ' month' || case when months = 1 then '' else 's' end || ' x EUR '
                || rate || ' = EUR ' || rate * months end,
           case when days > 0 then days || ' day' || case when days = 1 then '' else 's' end || ' x EUR ' || rate
                || ' / 30 = ' || case when round(days_times_thirty / 30, 2) * 30 = days_times_thirty
                                      then 'EUR ' || round(days_times_thirty / 30, 2)
                                      when round(days_times_thirty / 30, 3) * 30 = days_times_thirty
                                      then 'EUR ' || round(days_times_thirty / 30, 3)
                                      else 'about EUR ' || round(days_times_thirty / 30, 4) end
                || ' (pro rata)' end,
           'Total: EUR ' || amount || ' ('
               || case when amount * 30 = exact_times_thirty then ''
                       when round(exact_times_thirty / 30, 3) * 30 = exact_times_thirty
                       then 'EUR ' || round(exact_times_thirty / 30, 3) || ' '
                       else 'about EUR ' || round(exact_times_thirty / 30, 4) || ' ' end
               || 'rounded half-up to the cent once)'], null)::varchar(500)[] as explanation
from amounted;

insert into grant_calculation (id, rate_table_id, host_country, disability_rate, monthly_rate, months, days, amount,
                               explanation, created_at, table_version, table_valid_from)
select id, rate_table_id, host_country, disability, rate, months, days, amount, explanation, computed_at,
       table_version, valid_from
from demo_money_calculation
on conflict (id) do nothing;

-- What each grant amounts to: planned, actual (once the stay ended, never above the planned one), and the call's
-- pre-financing share of the planned grant (MobilityGrant.amountOf).
create temporary table demo_money_amount on commit drop as
select g.application, planned.amount as planned, actual.amount as actual,
       least(planned.amount, coalesce(actual.amount, planned.amount)) as entitlement, policy.prefinancing_percent,
       round(planned.amount * policy.prefinancing_percent / 100, 2) as prefinancing, policy.grant_payee,
       case when policy.grant_payee = 'PARTICIPANT' then a.participant_id else a.sending_sme_id end as payee
from demo_money_grant g
join mobility_application a on a.id = g.application
join call_policy policy on policy.call_id = a.call_id and policy.policy_version = a.policy_version
join demo_money_calculation planned on planned.id = g.planned_calculation
left join demo_money_calculation actual on actual.id = g.actual_calculation;

-- The payments, each with its story: who created and approved it (never the same person), the bank file, and what
-- the bank said. Times count from the arrival (or, for a balance, from the final reports).
create temporary table demo_money_payment (
    id uuid, application uuid, instalment varchar, amount numeric(12, 2), status varchar, reissue_of uuid,
    created_at timestamptz, created_by varchar, approved_at timestamptz, approved_by varchar, creditor uuid,
    batch uuid, exported_at timestamptz, settled_at timestamptz, failure_code varchar, note varchar
) on commit drop;

insert into demo_money_payment
select p.id, p.application, p.instalment,
       case p.instalment when 'PRE_FINANCING' then amount.prefinancing
                         else amount.entitlement - amount.prefinancing end,
       p.status, p.reissue_of, base.at + p.created_after, p.created_by, base.at + p.approved_after, p.approved_by,
       p.creditor, p.batch, base.at + p.exported_after, base.at + p.settled_after, p.failure_code, p.note
from (values
    ('0a9e0000-0000-4000-8000-000000000031'::uuid, 'a0a00000-0000-4000-8000-000000000003'::uuid, 'PRE_FINANCING',
     'APPROVED', null::uuid, 'arrival', interval '1 day', 'accounts@forumaic.example.org', interval '2 days',
     'secretariat@forumaic.example.org', 'ba4c0000-0000-4000-8000-000000000006'::uuid, null::uuid, null::interval,
     null::interval, null, null),
    ('0a9e0000-0000-4000-8000-000000000071', 'a0a00000-0000-4000-8000-000000000007', 'PRE_FINANCING', 'PAID', null,
     'arrival', interval '1 day', 'lcp.bari@example.eu', interval '2 days', 'treasury.bari@example.eu',
     'ba4c0000-0000-4000-8000-000000000011', 'ba7c0000-0000-4000-8000-000000000001', interval '3 days',
     interval '5 days', null, null),
    ('0a9e0000-0000-4000-8000-000000000072', 'a0a00000-0000-4000-8000-000000000007', 'BALANCE', 'PENDING', null,
     'reports', interval '17 days', 'lcp.bari@example.eu', null, null, null, null, null, null, null, null),
    ('0a9e0000-0000-4000-8000-000000000081', 'a0a00000-0000-4000-8000-000000000008', 'PRE_FINANCING', 'FAILED',
     null, 'arrival', interval '1 day', 'lcp.bari@example.eu', interval '2 days', 'treasury.bari@example.eu',
     'ba4c0000-0000-4000-8000-000000000011', 'ba7c0000-0000-4000-8000-000000000002', interval '3 days',
     interval '6 days', 'AC04', null),
    ('0a9e0000-0000-4000-8000-000000000082', 'a0a00000-0000-4000-8000-000000000008', 'PRE_FINANCING', 'PENDING',
     '0a9e0000-0000-4000-8000-000000000081', 'arrival', interval '24 days', 'lcp.bari@example.eu', null, null, null,
     null, null, null, null, 'the company closed that account and gave a new one'),
    ('0a9e0000-0000-4000-8000-000000000091', 'a0a00000-0000-4000-8000-000000000009', 'PRE_FINANCING', 'EXPORTED',
     null, 'arrival', interval '2 days', 'lcp.bari@example.eu', interval '3 days', 'treasury.bari@example.eu',
     'ba4c0000-0000-4000-8000-000000000013', 'ba7c0000-0000-4000-8000-000000000003', interval '10 days', null, null,
     null))
    as p (id, application, instalment, status, reissue_of, counted_from, created_after, created_by, approved_after,
          approved_by, creditor, batch, exported_after, settled_after, failure_code, note)
join demo_money_amount amount on amount.application = p.application
join demo_money_moment moment on moment.application = p.application
cross join lateral (select case p.counted_from when 'arrival' then moment.arrived_at
                                               else moment.reported_at end as at) base;

-- Every movement, as the service records it (Ledger, MobilityGrant.rebalance): a grant's commitment and its
-- recalculation move the line's committed amount; creating, approving, exporting a payment or its return by the
-- bank move nothing here (the grant still covers them); a payment paid moves its amount from committed to paid.
create temporary table demo_money_entry on commit drop as
select g.application, 1 as step, m.approved_at as recorded_at, null::uuid as payment, 'GRANT_COMMITTED' as entry_type,
       amount.planned as amount, amount.planned as committed_change, 0.00 as paid_change,
       'Grant on the planned dates' as reason, 'demo-data' as recorded_by
from demo_money_grant g
join demo_money_amount amount on amount.application = g.application
join demo_money_moment m on m.application = g.application
union all
select g.application, 2, m.departed_at, null, 'GRANT_RECALCULATED', amount.actual,
       amount.entitlement - amount.planned, 0.00, 'Grant on the actual dates', 'demo-data'
from demo_money_grant g
join demo_money_amount amount on amount.application = g.application
join demo_money_moment m on m.application = g.application
where amount.actual is not null
union all
select p.application, 3, p.created_at, p.id, 'PAYMENT_CREATED', p.amount, 0.00, 0.00,
       case when p.reissue_of is null then 'Created'
            else 'Re-issue of failed payment ' || p.reissue_of || coalesce(': ' || p.note, '') end,
       p.created_by
from demo_money_payment p
union all
select p.application, 4, p.approved_at, p.id, 'PAYMENT_APPROVED', p.amount, 0.00, 0.00, 'Approved', p.approved_by
from demo_money_payment p
where p.approved_at is not null
union all
select p.application, 5, p.exported_at, p.id, 'PAYMENT_EXPORTED', p.amount, 0.00, 0.00, 'In bank file ' || p.batch,
       'lcp.bari@example.eu'
from demo_money_payment p
where p.batch is not null
union all
select p.application, 6, p.settled_at, p.id, case p.status when 'PAID' then 'PAYMENT_PAID' else 'PAYMENT_FAILED' end,
       p.amount, case p.status when 'PAID' then -p.amount else 0.00 end,
       case p.status when 'PAID' then p.amount else 0.00 end,
       case p.status when 'PAID' then 'Paid, as the bank reports' else 'Returned by the bank: ' || p.failure_code end,
       'lcp.bari@example.eu'
from demo_money_payment p
where p.settled_at is not null;

-- The grants hold what their entries say: committed and paid are the sums of their own entries. Their version
-- counts the changes after approval (each stage, each payment created, paid or returned).
insert into mobility_grant (application_id, budget_line_id, payer_facilitator_id, payee_kind, payee_id,
                            prefinancing_percent, planned_calculation_id, actual_calculation_id, entitlement,
                            committed, paid, version, created_at, created_by, updated_at, updated_by, stage,
                            sending_sme_id)
select g.application, g.line, a.sending_facilitator_id, amount.grant_payee, amount.payee, amount.prefinancing_percent,
       g.planned_calculation, g.actual_calculation, amount.entitlement, sums.committed, sums.paid,
       changes.count - 1, m.approved_at, 'demo-data', changes.last_at, changes.last_by, g.stage, a.sending_sme_id
from demo_money_grant g
join mobility_application a on a.id = g.application
join demo_money_amount amount on amount.application = g.application
join demo_money_moment m on m.application = g.application
cross join lateral (select sum(e.committed_change) as committed, sum(e.paid_change) as paid
                    from demo_money_entry e where e.application = g.application) sums
cross join lateral (select count(*) as count, max(event.at) as last_at,
                           (array_agg(event.by order by event.at desc))[1] as last_by
                    from (select moment as at, 'demo-data' as by
                          from unnest(array[m.approved_at, m.arrived_at, m.departed_at, m.reported_at]) moment
                          where moment is not null
                          union all
                          select e.recorded_at, e.recorded_by
                          from demo_money_entry e
                          where e.application = g.application
                            and e.entry_type in ('PAYMENT_CREATED', 'PAYMENT_PAID', 'PAYMENT_FAILED')) event) changes
on conflict (application_id) do nothing;

-- The bank files: the approved payments of Bari, from its account as it was then; the message id is the batch's id
-- without dashes, as PaymentBatches writes it. Files 1 and 2 have their status reports imported.
insert into payment_batch (id, payer_facilitator_id, message_id, payment_count, control_sum,
                           requested_execution_date, debtor_name, debtor_iban, debtor_bic, created_at, created_by)
select p.batch, '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', replace(p.batch::text, '-', ''), count(*), sum(p.amount),
       (min(p.exported_at) + interval '1 day')::date, debtor.holder, debtor.iban, debtor.bic, min(p.exported_at),
       'lcp.bari@example.eu'
from demo_money_payment p
join demo_money_account debtor on debtor.id = 'ba4c0000-0000-4000-8000-000000000001'
where p.batch is not null
group by p.batch, debtor.holder, debtor.iban, debtor.bic
on conflict do nothing;

insert into payment (id, application_id, budget_line_id, payer_facilitator_id, instalment, amount, currency,
                     payee_kind, payee_id, status, end_to_end_id, reissue_of, creditor_name, creditor_iban,
                     creditor_bic, batch_id, failure_code, failure_reason, approved_at, approved_by, version,
                     created_at, created_by, updated_at, updated_by)
select p.id, p.application, g.budget_line_id, g.payer_facilitator_id, p.instalment, p.amount, 'EUR', g.payee_kind,
       g.payee_id, p.status, replace(p.id::text, '-', ''), p.reissue_of, creditor.holder, creditor.iban,
       creditor.bic, p.batch, p.failure_code, case when p.failure_code is not null then 'Returned by the bank' end,
       p.approved_at, p.approved_by,
       case p.status when 'PENDING' then 0 when 'APPROVED' then 1 when 'EXPORTED' then 2 else 3 end,
       p.created_at, p.created_by, coalesce(p.settled_at, p.exported_at, p.approved_at, p.created_at),
       case when p.exported_at is not null then 'lcp.bari@example.eu' else coalesce(p.approved_by, p.created_by) end
from demo_money_payment p
join mobility_grant g on g.application_id = p.application
left join demo_money_account creditor on creditor.id = p.creditor
order by p.created_at
on conflict (id) do nothing;

insert into payment_status_report (message_id, batch_id, imported_at, imported_by)
select 'DEMOBANK-PSR-' || right(p.batch::text, 4), p.batch, min(p.settled_at), 'lcp.bari@example.eu'
from demo_money_payment p
where p.settled_at is not null
group by p.batch
on conflict do nothing;

insert into ledger_entry (budget_line_id, application_id, payment_id, entry_type, amount, committed_change,
                          paid_change, reason, recorded_by, recorded_role, recorded_at)
select g.line, e.application, e.payment, e.entry_type, e.amount, e.committed_change, e.paid_change, e.reason,
       e.recorded_by, 'facilitator', e.recorded_at
from demo_money_entry e
join demo_money_grant g on g.application = e.application
order by e.recorded_at, e.application, e.step;

-- The lines hold what their ledgers say (the reconciliation endpoint compares the two). The service keeps them
-- equal, so on a database where they already are this changes nothing.
update budget_line line
set committed  = ledger.committed,
    paid       = ledger.paid,
    version    = line.version + 1,
    updated_at = now(),
    updated_by = 'demo-data'
from (select l.id, coalesce(sum(e.committed_change), 0) as committed, coalesce(sum(e.paid_change), 0) as paid
      from budget_line l
      left join ledger_entry e on e.budget_line_id = l.id
      where l.id in ('b0d9e700-0000-4000-8000-000000000001', 'b0d9e700-0000-4000-8000-000000000002')
      group by l.id) ledger
where line.id = ledger.id
  and (line.committed, line.paid) is distinct from (ledger.committed, ledger.paid);
