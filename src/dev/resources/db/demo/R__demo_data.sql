-- Demo data for dev mode only (quarkus.flyway.locations includes db/demo in %dev). Re-applied whenever this file
-- changes; every insert is idempotent. The ids are fixed so that the demo tokens (GET /dev/tokens) act for them.
-- A call open today, whatever day the demo first runs: the seeded MobiliseSME 2026 call ends on 2027-12-31, and a
-- demo must work after that too. It opened five months ago (long enough for the demo's mobilities that have already
-- ended and reported, R__demo_money.sql), runs for two years and has the seeded call's rules.
insert into programme_call (id, code, title, opens_on, closes_on, version, created_at, created_by, updated_at,
                            updated_by)
values ('ca110000-0000-4000-8000-00000000de40', 'MOBILISESME-DEMO', 'MobiliseSME demo call', current_date - 150,
        current_date - 150 + interval '2 years', 0, now() - interval '150 days', 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

insert into call_policy (id, call_id, policy_version, valid_from, eligible_countries, review_working_days,
                         max_participants_per_sme, min_duration_months, max_duration_months, split_allowed,
                         min_part_days, parts_window_months, max_open_proposals, report_due_days,
                         stay_dates_tolerance_days, grant_payee, prefinancing_percent, created_at, created_by)
select 'ca110000-0000-4000-8000-00000000de41', demo.id, 1, demo.opens_on, seeded.eligible_countries,
       seeded.review_working_days, seeded.max_participants_per_sme, seeded.min_duration_months,
       seeded.max_duration_months, seeded.split_allowed, seeded.min_part_days, seeded.parts_window_months,
       seeded.max_open_proposals, seeded.report_due_days, seeded.stay_dates_tolerance_days, seeded.grant_payee,
       seeded.prefinancing_percent, now(), 'demo-data'
from programme_call demo, call_policy seeded
where demo.id = 'ca110000-0000-4000-8000-00000000de40' and seeded.id = 'ca110000-0000-4000-8000-0000000020a1'
on conflict (id) do nothing;

insert into facilitator (id, name, country, covered_countries, contact_email, contact_phone, website, active,
                         version, created_at, created_by, updated_at, updated_by)
values ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', 'Camera di Commercio di Bari', 'IT', '{IT,SM}',
        'mobilise@ba.camcom.example.it', '+39 080 000 0000', 'https://www.ba.camcom.example.it', true,
        0, now(), 'demo-data', now(), 'demo-data'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000002', 'Associação Empresarial de Portugal', 'PT', '{ES,PT}',
        'mobilise@aep.example.pt', '+351 22 000 0000', 'https://www.aep.example.pt', true,
        0, now(), 'demo-data', now(), 'demo-data'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'Eurochambres Mobility Desk', 'BE', '{AT,BE,DE,FR,LU,NL}',
        'mobility@eurochambres.example.eu', null, 'https://www.eurochambres.example.eu', true,
        0, now(), 'demo-data', now(), 'demo-data'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'Forum AIC Secretariat', 'IT', '{AL,BA,GR,HR,ME,MK,RS,SI}',
        'secretariat@forumaic.example.org', null, null, true,
        0, now(), 'demo-data', now(), 'demo-data'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000005', 'Former Nordic Contact Point', 'DK', '{DK,SE}',
        'closed@nordic.example.dk', null, null, false,
        0, now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

-- The partner portals' registered API clients (the eures-portal demo token acts for the first). The second was
-- deactivated: its tokens are refused with 403 CLIENT_INACTIVE.
insert into partner_client (id, client_id, name, organisation, scopes, webhook_url_prefixes, rate_limit_tier, active,
                            version, created_at, created_by, updated_at, updated_by)
values ('9c11e000-0000-4000-8000-000000000001', 'eures-portal', 'EURES company import', 'European Labour Authority',
        '{catalogue:read,smes:write,applications:read,events:read,webhooks:manage}',
        '{http://localhost/,https://eures.example.eu/webhooks/}', 'standard', true,
        0, now(), 'demo-data', now(), 'demo-data'),
       ('9c11e000-0000-4000-8000-000000000002', 'eye-portal-2019', 'EYE portal (old client)',
        'Erasmus for Young Entrepreneurs', '{catalogue:read}', '{}', 'standard', false,
        0, now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

-- Companies in several countries and in every verification state. Review dates are computed from today, so the
-- queue always shows one registration due soon and one overdue. The SME demo tokens act for 5e5e...0001 and 0002.
create temporary table demo_sme (
    id uuid, legal_name varchar, country varchar, nuts varchar, city varchar, vat varchar, nace varchar,
    section varchar, staff int, turnover numeric, balance numeric, size varchar, languages varchar[],
    offered varchar[], sought varchar[], markets varchar[], sends boolean, hosts boolean, capacity int,
    description varchar, facilitator uuid, status varchar, submitted_days_ago int
) on commit drop;

insert into demo_sme values
    ('5e5e0000-0000-4000-8000-000000000001', 'Olio di Puglia S.r.l.', 'IT', 'ITF47', 'Bari', 'IT01234567890',
     '10.41', 'C', 12, 1850000, 920000, 'SMALL', '{it,en}', '{PRODUCT_DEVELOPMENT,INTERNATIONALISATION}',
     '{MARKET_RESEARCH}', '{DE,PT}', true, true, 1,
     'Family olive oil mill exporting extra virgin oil; wants to learn e-commerce logistics.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', 'VERIFIED', 40),
    ('5e5e0000-0000-4000-8000-000000000002', 'Azulejo Digital Lda', 'PT', 'PT11', 'Porto', 'PT509876543',
     '62.01', 'J', 6, 450000, 300000, 'MICRO', '{pt,en,es}', '{PRODUCT_DEVELOPMENT,TRAINING}',
     '{INTERNATIONALISATION}', '{ES,IT}', true, true, 2,
     'Web and mobile studio for tile and ceramics retailers.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000002', 'PENDING_VERIFICATION', 2),
    ('5e5e0000-0000-4000-8000-000000000003', 'Cerámica Levante S.L.', 'ES', 'ES52', 'Castellón de la Plana',
     'ESB12345678', '23.41', 'C', 35, 6000000, 4000000, 'SMALL', '{es,ca,en}', '{JOINT_RESEARCH}',
     '{INTERNATIONALISATION,MARKET_RESEARCH}', '{IT,PT,FR}', true, false, 0,
     'Ceramic tableware manufacturer looking for distributors abroad.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000002', 'ON_HOLD', 12),
    ('5e5e0000-0000-4000-8000-000000000004', 'Schwarzwald Feinmechanik GmbH', 'DE', 'DE13', 'Freiburg im Breisgau',
     'DE123456789', '25.62', 'C', 180, 38000000, 30000000, 'MEDIUM', '{de,en,fr}', '{TRAINING,PRODUCT_DEVELOPMENT}',
     '{EXISTING_COLLABORATION}', '{IT,HR}', false, true, 2,
     'Precision machining of components for medical devices; hosts apprentices and engineers.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'VERIFIED', 60),
    ('5e5e0000-0000-4000-8000-000000000005', 'Atelier Lumière SARL', 'FR', 'FR10', 'Paris', 'FR40303265045',
     '74.10', 'M', 4, 300000, 150000, 'MICRO', '{fr,en}', '{OTHER}', '{MARKET_RESEARCH}', '{BE,LU}', true, false, 0,
     'Lighting design studio.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'REJECTED', 30),
    ('5e5e0000-0000-4000-8000-000000000006', 'Adriatic Yachting d.o.o.', 'HR', 'HR03', 'Split', 'HR12345678901',
     '30.12', 'C', 60, 12000000, 9000000, 'MEDIUM', '{hr,en,it}', '{TRAINING,JOINT_RESEARCH}',
     '{INTERNATIONALISATION}', '{IT,SI,GR}', true, true, 3,
     'Builds and refits sailing yachts; interested in composite materials research.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'VERIFIED', 50),
    ('5e5e0000-0000-4000-8000-000000000007', 'Hellenic Agritech IKE', 'GR', 'EL52', 'Thessaloniki', 'EL123456789',
     '01.13', 'A', 9, 800000, 500000, 'MICRO', '{el,en}', '{MARKET_RESEARCH}', '{PRODUCT_DEVELOPMENT}', '{IT,HR}',
     true, false, 0, 'Greenhouse vegetables with sensor-driven irrigation.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'PENDING_VERIFICATION', 30),
    ('5e5e0000-0000-4000-8000-000000000008', 'Volta Industrie S.p.A.', 'IT', 'ITC45', 'Milano', 'IT09876543210',
     '27.11', 'C', 1200, 310000000, 250000000, 'LARGE', '{it,en,de}', '{TRAINING}', '{}', '{}', false, true, 4,
     'Electric motor maker; as a large company it hosts staff of SMEs but sends none.',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', 'VERIFIED', 90),
    ('5e5e0000-0000-4000-8000-000000000009', 'Tallinn Code OÜ', 'EE', 'EE001', 'Tallinn', 'EE123456789',
     '62.02', 'J', 15, 2500000, 1200000, 'SMALL', '{et,en,ru}', '{TRAINING}', '{INTERNATIONALISATION}',
     '{FI,DE}', true, true, 1, 'Software consultancy; no facilitator covers Estonia yet, so an administrator assigns one.',
     null, 'PENDING_VERIFICATION', 5);

-- The date that lies 15 working days (Monday to Friday) after each registration's submission.
insert into sme (id, legal_name, country, nuts_region, street, postal_code, city, website, vat_number, nace_code,
                 nace_version, nace_section, founding_year, staff_headcount, annual_turnover, balance_sheet_total,
                 size_class, languages, collaboration_offered, collaboration_sought, target_markets, sends_staff,
                 hosts_staff, hosting_capacity, description, catalogue_consent, facilitator_id, status, submitted_at,
                 review_due_on, version, created_at, created_by, updated_at, updated_by)
select id, legal_name, country, nuts, 'Demo street 1', '10000', city, null, vat, nace, 'REV_2', section, 2005,
       staff, turnover, balance, size, languages, offered, sought, markets, sends, hosts, capacity, description, true,
       facilitator, status, now() - make_interval(days => submitted_days_ago),
       case when status = 'PENDING_VERIFICATION' then
           (select max(day)::date
            from (select day
                  from generate_series(current_date - submitted_days_ago + 1, current_date - submitted_days_ago + 40,
                                       interval '1 day') day
                  where extract(isodow from day) < 6
                  order by day
                  limit 15) working_days)
       end,
       0, now() - make_interval(days => submitted_days_ago), 'demo-data', now(), 'demo-data'
from demo_sme
on conflict (id) do nothing;

insert into sme_status_change (id, sme_id, changed_at, changed_by, actor_role, from_status, to_status, reason)
select md5(id::text || 'registered')::uuid, id, now() - make_interval(days => submitted_days_ago), 'demo-data', 'sme',
       null, 'PENDING_VERIFICATION', 'Registered'
from demo_sme
union all
select md5(id::text || 'decided')::uuid, id, now() - make_interval(days => submitted_days_ago - 3),
       'facilitator-demo', 'facilitator', 'PENDING_VERIFICATION', status,
       case status
           when 'VERIFIED' then 'Chamber register extract checked.'
           when 'ON_HOLD' then 'Please upload the latest annual accounts: the staff figure is missing.'
           when 'REJECTED' then 'The company is a branch of a group above the SME ceilings.'
       end
from demo_sme
where status <> 'PENDING_VERIFICATION'
on conflict (id) do nothing;

-- People of the companies. The gender is what each person chose to declare, for the call's reports: Marko Babić
-- declared none, and the erased person's went with the rest of their data.
insert into participant (id, sme_id, first_name, last_name, email, role, job_title, languages, esco_occupation,
                         isco_code, has_disability, gender, catalogue_consent, erased_at, erased_by, version,
                         created_at, created_by, updated_at, updated_by)
values ('9a9a0000-0000-4000-8000-000000000001', '5e5e0000-0000-4000-8000-000000000001', 'Giulia', 'Rossi',
        'giulia.rossi@oliodipuglia.example.it', 'MANAGER', 'Export manager', '{it:C2,en:B2,de:A2}', null, '1221',
        false, 'FEMALE', true, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-000000000002', '5e5e0000-0000-4000-8000-000000000001', 'Marco', 'Bianchi',
        'marco.bianchi@oliodipuglia.example.it', 'EMPLOYEE', 'Logistics clerk', '{it:C2,en:B1}', null, '4321',
        true, 'MALE', false, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-000000000003', '5e5e0000-0000-4000-8000-000000000002', 'Ana', 'Costa',
        'ana@azulejo.example.pt', 'OWNER', 'Founder and lead developer', '{pt:C2,en:C1,es:B2}', null, '2512',
        false, 'OTHER', true, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-000000000004', '5e5e0000-0000-4000-8000-000000000006', null, null, null,
        'EMPLOYEE', null, '{}', null, null, null, null, false, now() - interval '7 days', 'demo-data', 1, now(),
        'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

-- Mobility applications in several states: a draft, a submitted one in review, one matched and half signed, one in
-- progress. Olio di Puglia (the first SME demo token) sends two people; Adriatic Yachting sends to Olio di Puglia.
insert into participant (id, sme_id, first_name, last_name, email, role, job_title, languages, esco_occupation,
                         isco_code, has_disability, gender, catalogue_consent, erased_at, erased_by, version,
                         created_at, created_by, updated_at, updated_by)
values ('9a9a0000-0000-4000-8000-000000000005', '5e5e0000-0000-4000-8000-000000000006', 'Ivana', 'Horvat',
        'ivana.horvat@adriatic.example.hr', 'EMPLOYEE', 'Composite technician', '{hr:C2,en:B2,it:B1}', null, '7214',
        false, 'FEMALE', true, null, null, 0, now(), 'demo-data', now(), 'demo-data'),
       ('9a9a0000-0000-4000-8000-000000000006', '5e5e0000-0000-4000-8000-000000000006', 'Marko', 'Babić',
        'marko.babic@adriatic.example.hr', 'MANAGER', 'Sales manager', '{hr:C2,en:C1}', null, '1221',
        false, null, true, null, null, 0, now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

create temporary table demo_application (
    id uuid, sender uuid, participant uuid, host uuid, sending_facilitator uuid, host_facilitator uuid,
    status varchar, starts date, due date, collaboration varchar, drafted_days_ago int
) on commit drop;

insert into demo_application values
    ('a0a00000-0000-4000-8000-000000000001', '5e5e0000-0000-4000-8000-000000000001',
     '9a9a0000-0000-4000-8000-000000000002', null, '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', null,
     'DRAFT', current_date + 120, null, 'MARKET_RESEARCH', 3),
    ('a0a00000-0000-4000-8000-000000000002', '5e5e0000-0000-4000-8000-000000000001',
     '9a9a0000-0000-4000-8000-000000000001', '5e5e0000-0000-4000-8000-000000000004',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003',
     'MATCHED', current_date + 60, null, 'TRAINING', 20),
    ('a0a00000-0000-4000-8000-000000000003', '5e5e0000-0000-4000-8000-000000000006',
     '9a9a0000-0000-4000-8000-000000000005', '5e5e0000-0000-4000-8000-000000000001',
     '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001',
     'IN_PROGRESS', current_date - 10, null, 'PRODUCT_DEVELOPMENT', 40),
    ('a0a00000-0000-4000-8000-000000000004', '5e5e0000-0000-4000-8000-000000000006',
     '9a9a0000-0000-4000-8000-000000000006', null, '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', null,
     'UNDER_REVIEW', current_date + 150, current_date + 9, 'INTERNATIONALISATION', 6);

-- The applications as their steps left them: the MATCHED one signed by its sender so far, the IN_PROGRESS one signed
-- by all, insured twelve days ago and arrived on its first day, ten days ago.
insert into mobility_application (id, call_id, policy_version, sending_sme_id, participant_id, host_sme_id,
                                  collaboration_type, sending_facilitator_id, host_facilitator_id, status, due_on,
                                  review_days_left, project_revision, objectives_for_sender, objectives_for_host,
                                  expected_outcomes, activity_plan, planned_stay, signed_parties, reported_parties,
                                  insurance_confirmed_at, insurance_reference, actual_start, actual_end, version,
                                  created_at, created_by, updated_at, updated_by)
select id, 'ca110000-0000-4000-8000-00000000de40', 1, sender, participant, host, collaboration, sending_facilitator,
       host_facilitator, status, due, null, 1, '{"Learn the partner''s export logistics"}',
       '{"Meet buyers from the sender''s market"}', 'A first joint order within a year',
       'Week 1 introduction, weeks 2-3 operations, week 4 joint sales visits',
       array[starts || '/' || ((starts + interval '1 month')::date - 1)],
       case status when 'MATCHED' then '{SENDING_SME}'::varchar[]
                   when 'IN_PROGRESS' then '{HOST_SME,SENDING_FACILITATOR,SENDING_SME}' else '{}' end, '{}',
       case when status = 'IN_PROGRESS' then now() - interval '12 days' end,
       case when status = 'IN_PROGRESS' then 'Croatia Osiguranje HO-2026-55' end,
       case when status = 'IN_PROGRESS' then starts end, null, 0, now() - make_interval(days => drafted_days_ago),
       'demo-data', now(), 'demo-data'
from demo_application
on conflict (id) do nothing;

insert into learning_project_revision (id, application_id, revision, objectives_for_sender, objectives_for_host,
                                       expected_outcomes, activity_plan, planned_stay, created_at, created_by)
select md5(a.id::text || 'revision-1')::uuid, a.id, 1, a.objectives_for_sender, a.objectives_for_host,
       a.expected_outcomes, a.activity_plan, a.planned_stay, a.created_at, 'demo-data'
from mobility_application a join demo_application d on d.id = a.id
on conflict (id) do nothing;

insert into match_proposal (id, application_id, host_sme_id, status, message, answer, proposed_at, proposed_by,
                            answered_at, answered_by)
values ('a0a0b0b0-0000-4000-8000-000000000002', 'a0a00000-0000-4000-8000-000000000002',
        '5e5e0000-0000-4000-8000-000000000004', 'ACCEPTED', 'Giulia would like to learn your apprenticeship model.',
        'Welcome in two months.', now() - interval '16 days', 'demo-data', now() - interval '15 days', 'demo-data'),
       ('a0a0b0b0-0000-4000-8000-000000000003', 'a0a00000-0000-4000-8000-000000000003',
        '5e5e0000-0000-4000-8000-000000000001', 'ACCEPTED', 'Ivana works on composite hulls.',
        'We have a workshop for her.', now() - interval '36 days', 'demo-data', now() - interval '35 days',
        'demo-data')
on conflict (id) do nothing;

-- Each application's history, one row per step, in the order the service would have written them: status changes,
-- and the steps that keep the status (the proposal, each signature, the insurance).
create temporary table demo_step (
    application uuid, position int, days_ago int, role varchar, action varchar, from_status varchar,
    to_status varchar, reason varchar, revision int, party varchar, host uuid
) on commit drop;

insert into demo_step
select d.id, step.position, d.drafted_days_ago - step.position, step.role, step.action, step.from_status,
       step.to_status, step.reason, step.revision, null, null
from demo_application d
cross join lateral (values (0, 'sme', null, null, 'DRAFT', 'Drafted', 1),
                           (1, 'sme', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'Ready for review', null),
                           (2, 'facilitator', 'START_REVIEW', 'SUBMITTED', 'UNDER_REVIEW', null, null),
                           (3, 'facilitator', 'DECLARE_ELIGIBLE', 'UNDER_REVIEW', 'ELIGIBLE', null, null))
    as step(position, role, action, from_status, to_status, reason, revision)
where step.position <= case d.status when 'DRAFT' then 0 when 'UNDER_REVIEW' then 2 else 3 end;

insert into demo_step values
    ('a0a00000-0000-4000-8000-000000000002', 4, 16, 'sme', 'PROPOSE', 'ELIGIBLE', 'ELIGIBLE',
     'Giulia would like to learn your apprenticeship model.', null, null, '5e5e0000-0000-4000-8000-000000000004'),
    ('a0a00000-0000-4000-8000-000000000002', 5, 15, 'sme', 'ACCEPT_PROPOSAL', 'ELIGIBLE', 'MATCHED',
     'Welcome in two months.', null, null, '5e5e0000-0000-4000-8000-000000000004'),
    ('a0a00000-0000-4000-8000-000000000002', 6, 2, 'sme', 'SIGN', 'MATCHED', 'MATCHED', null, 1, 'SENDING_SME', null),
    ('a0a00000-0000-4000-8000-000000000003', 4, 36, 'sme', 'PROPOSE', 'ELIGIBLE', 'ELIGIBLE',
     'Ivana works on composite hulls.', null, null, '5e5e0000-0000-4000-8000-000000000001'),
    ('a0a00000-0000-4000-8000-000000000003', 5, 35, 'sme', 'ACCEPT_PROPOSAL', 'ELIGIBLE', 'MATCHED',
     'We have a workshop for her.', null, null, '5e5e0000-0000-4000-8000-000000000001'),
    ('a0a00000-0000-4000-8000-000000000003', 6, 30, 'sme', 'SIGN', 'MATCHED', 'MATCHED', null, 1, 'SENDING_SME', null),
    ('a0a00000-0000-4000-8000-000000000003', 7, 29, 'sme', 'SIGN', 'MATCHED', 'MATCHED', null, 1, 'HOST_SME', null),
    ('a0a00000-0000-4000-8000-000000000003', 8, 28, 'facilitator', 'SIGN', 'MATCHED', 'AGREEMENT_SIGNED',
     'All parties signed revision 1', 1, 'SENDING_FACILITATOR', null),
    ('a0a00000-0000-4000-8000-000000000003', 9, 25, 'facilitator', 'APPROVE', 'AGREEMENT_SIGNED', 'APPROVED', null,
     null, null, null),
    ('a0a00000-0000-4000-8000-000000000003', 10, 12, 'sme', 'CONFIRM_INSURANCE', 'APPROVED', 'APPROVED', null, null,
     null, null),
    ('a0a00000-0000-4000-8000-000000000003', 11, 10, 'sme', 'CONFIRM_ARRIVAL', 'APPROVED', 'IN_PROGRESS', null, null,
     null, null);

insert into learning_project_signature (id, application_id, revision, party, signed_by, signed_at)
select md5(application::text || 'signature' || party)::uuid, application, revision, party, 'demo-data',
       now() - make_interval(days => days_ago)
from demo_step
where action = 'SIGN'
on conflict do nothing;

insert into mobility_application_step (id, application_id, occurred_at, actor, actor_role, action, from_status,
                                       to_status, reason, revision, party, host_sme_id)
select md5(application::text || 'step' || position)::uuid, application, now() - make_interval(days => days_ago),
       'demo-data', role, action, from_status, to_status, reason, revision, party, host
from demo_step
order by application, position
on conflict (id) do nothing;

-- The events feed and the webhooks as the history above would have written them: the companies' registrations and
-- decisions, and every step that changed an application's state or signed its learning project. Who may read each is
-- the service's rule: a company in the public catalogue for every client with catalogue:read, otherwise its importing
-- portal only; an application for the portals that registered its companies.
insert into domain_event (id, type, aggregate_type, aggregate_id, occurred_at, payload, required_scope, audience)
select md5(c.id::text || 'event')::uuid,
       case when c.from_status is null then 'sme.registered'
            when c.to_status = 'VERIFIED' then 'sme.verified' else 'sme.status-changed' end,
       'sme', c.sme_id, c.changed_at,
       jsonb_strip_nulls(jsonb_build_object('smeId', c.sme_id::text, 'status', c.to_status,
                                            'previousStatus', c.from_status)),
       'catalogue:read',
       case when s.status = 'VERIFIED' and s.catalogue_consent then null
            else array_remove(array[s.external_client], null) end
from sme_status_change c join sme s on s.id = c.sme_id
where c.changed_by in ('demo-data', 'facilitator-demo')
order by c.changed_at
on conflict (id) do nothing;

insert into domain_event (id, type, aggregate_type, aggregate_id, occurred_at, payload, required_scope, audience)
select md5(st.id::text || e.kind)::uuid, e.type, 'application', st.application_id, st.occurred_at,
       jsonb_strip_nulls(jsonb_build_object('applicationId', st.application_id::text, 'state', st.to_status,
           'previousState', case when e.kind = 'moved' then st.from_status end,
           'party', case when e.kind = 'signed' then st.party end,
           'revision', case when e.kind = 'signed' then st.revision::text end)),
       'applications:read', array_remove(array[a.sending_sme_client, a.host_sme_client], null)
from mobility_application_step st
         join mobility_application a on a.id = st.application_id
         cross join lateral (
    select 'signed' as kind, 'application.learning-project-signed' as type where st.action = 'SIGN'
    union all
    select 'moved', case when st.to_status = 'SUBMITTED' then 'application.submitted'
                         else 'application.state-changed' end
    where st.action is not null and st.from_status is distinct from st.to_status) e
where st.actor = 'demo-data'
order by st.occurred_at, e.kind desc
on conflict (id) do nothing;
