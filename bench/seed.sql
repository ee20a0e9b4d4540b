-- Seeds a realistic data set of :n SMEs straight into the service's schema (created by its own Flyway migrations):
-- facilitators, companies and their registrations, people, :n / 2 applications with the history of every status
-- change along the workflow, and the grants of the approved ones on the call's budget lines.
-- psql variables: n = SMEs; pool = verified sending companies kept free of applications for the create-and-submit
-- scenario. Environment: NACE_CSV = the NACE Rev. 2 divisions (the service's own reference data).
-- Everything is INSERT .. SELECT over generate_series, with the secondary indexes dropped during the load and
-- rebuilt afterwards from their own definitions, so 1,000,000 SMEs load in about a minute rather than many.
-- Ids are md5-derived UUIDs: as scattered as the service's own v4 ids (so indexes look like production's), yet
-- reproducible, so rows can refer to each other by number: bench.uid('sme', 42).
\set ON_ERROR_STOP on
set client_min_messages = warning;
set maintenance_work_mem = '512MB';
set work_mem = '64MB';

create schema bench;

create function bench.uid(kind text, n bigint) returns uuid
    language sql immutable parallel safe
    return overlay(overlay(md5(kind || ':' || n) placing '4' from 13) placing '8' from 17)::uuid;

-- Eligible countries of the call, weighted by their number of SMEs (thousands, order of magnitude), with a language
-- and the usual legal-form suffix, so names and the country filter are spread as in a real catalogue.
create temp table country (ord int, code text, weight int, lang text, suffix text);
insert into country values
    (1, 'IT', 380, 'it', 'S.r.l.'), (2, 'FR', 320, 'fr', 'SARL'), (3, 'ES', 290, 'es', 'S.L.'),
    (4, 'DE', 260, 'de', 'GmbH'), (5, 'PL', 210, 'pl', 'Sp. z o.o.'), (6, 'PT', 130, 'pt', 'Lda.'),
    (7, 'NL', 120, 'nl', 'B.V.'), (8, 'CZ', 110, 'cs', 's.r.o.'), (9, 'SE', 90, 'sv', 'AB'),
    (10, 'BE', 70, 'nl', 'BV'), (11, 'GR', 70, 'el', 'E.P.E.'), (12, 'HU', 60, 'hu', 'Kft.'),
    (13, 'RO', 50, 'ro', 'S.R.L.'), (14, 'SK', 50, 'sk', 's.r.o.'), (15, 'AT', 35, 'de', 'GmbH'),
    (16, 'DK', 25, 'da', 'ApS'), (17, 'BG', 40, 'bg', 'EOOD'), (18, 'FI', 25, 'fi', 'Oy'),
    (19, 'IE', 25, 'en', 'Ltd'), (20, 'HR', 15, 'hr', 'd.o.o.'), (21, 'SI', 15, 'sl', 'd.o.o.'),
    (22, 'LT', 20, 'lt', 'UAB'), (23, 'LV', 10, 'lv', 'SIA'), (24, 'EE', 8, 'et', 'OU'),
    (25, 'CY', 5, 'el', 'Ltd'), (26, 'LU', 4, 'fr', 'S.a r.l.'), (27, 'MT', 3, 'mt', 'Ltd'),
    (28, 'IS', 3, 'is', 'ehf.'), (29, 'NO', 30, 'nb', 'AS'), (30, 'AL', 10, 'sq', 'sh.p.k.'),
    (31, 'ME', 3, 'sr', 'd.o.o.'), (32, 'MK', 7, 'mk', 'DOOEL'), (33, 'RS', 35, 'sr', 'd.o.o.'),
    (34, 'TR', 300, 'tr', 'Ltd. Sti.');
-- One row per unit of weight: a uniform slot number then picks a country with the right frequency.
create temp table country_slot as
select (row_number() over (order by c.ord, w) - 1)::int as slot, c.code
from country c, generate_series(1, c.weight) w;
select count(*) as country_slots from country_slot \gset

-- NACE divisions from the reference data, weighted: most SMEs trade, build, cook, consult or program.
create temp table nace_raw (level text, code text, section text, title text);
\copy nace_raw from program 'grep -v "^#" "$NACE_CSV"' with (format csv, header true)
create temp table nace as
select code as division, section, lower(title) as title,
       case code when '47' then 40 when '46' then 25 when '43' then 20 when '56' then 18 when '41' then 10
                 when '62' then 12 when '69' then 10 when '70' then 8 when '71' then 8 when '10' then 8
                 when '25' then 8 when '45' then 8 when '68' then 8 when '96' then 8 when '86' then 6
                 when '49' then 6 when '55' then 6 when '01' then 6 when '73' then 4 when '74' then 4
                 when '28' then 4 when '16' then 3 when '31' then 3 when '85' then 3 when '33' then 3
                 else 1 end as weight
from nace_raw where level = 'division';
create temp table nace_slot as
select (row_number() over (order by n.division, w) - 1)::int as slot, n.division
from nace n, generate_series(1, n.weight) w;
select count(*) as nace_slots from nace_slot \gset

-- Words that names, cities and descriptions are made of. Each description names three of the 150 topics, so a
-- full-text search for one topic finds about 2 % of the companies.
create temp table vocab as
select array['alpine', 'baltic', 'nova', 'prima', 'delta', 'aurora', 'vertex', 'terra', 'aqua', 'sol', 'luna',
             'stella', 'nord', 'sud', 'euro', 'green', 'blue', 'silver', 'golden', 'rapid', 'smart', 'bright',
             'royal', 'classic', 'modern', 'united', 'global', 'local', 'fresh', 'pure', 'true', 'clear', 'future',
             'vita', 'forte', 'maxi', 'micro', 'opti', 'tecno', 'agri'] as first_words,
       array['foods', 'tech', 'metal', 'design', 'systems', 'logistics', 'build', 'energy', 'textiles', 'print',
             'wood', 'consulting', 'labs', 'works', 'trade', 'motors', 'farm', 'dairy', 'bakery', 'wines', 'optics',
             'plast', 'chem', 'pharma', 'care', 'travel', 'media', 'soft', 'data', 'robotics', 'tools', 'parts',
             'fashion', 'leather', 'glass', 'stone', 'paper', 'home', 'garden', 'marine'] as second_words,
       array['Aarhus', 'Bologna', 'Cluj', 'Dijon', 'Esbjerg', 'Faro', 'Graz', 'Haarlem', 'Izmir', 'Jena', 'Kaunas',
             'Lyon', 'Malaga', 'Nitra', 'Oulu', 'Porto', 'Split', 'Tartu', 'Uppsala', 'Varna', 'Wroclaw', 'Zadar',
             'Brno', 'Cork', 'Gent', 'Lecce', 'Maribor', 'Novi Sad', 'Ohrid', 'Bergen'] as cities,
       array[
        'organic', 'recycling', 'packaging', 'export', 'logistics', 'robotics', 'automation', 'software', 'cloud',
        'analytics', 'security', 'payments', 'ecommerce', 'marketing', 'branding', 'design', 'furniture', 'textiles',
        'fashion', 'leather', 'footwear', 'ceramics', 'glass', 'plastics', 'rubber', 'metalwork', 'welding', 'machining',
        'casting', 'electronics', 'sensors', 'optics', 'lasers', 'batteries', 'solar', 'wind', 'hydrogen', 'heating',
        'cooling', 'insulation', 'roofing', 'plumbing', 'carpentry', 'masonry', 'concrete', 'steel', 'aluminium',
        'copper', 'timber', 'paper', 'printing', 'publishing', 'media', 'video', 'audio', 'photography', 'events',
        'tourism', 'hospitality', 'catering', 'bakery', 'pastry', 'dairy', 'cheese', 'meat', 'seafood', 'wine', 'beer',
        'spirits', 'coffee', 'tea', 'chocolate', 'olive', 'fruit', 'vegetables', 'grain', 'seeds', 'fertiliser',
        'irrigation', 'greenhouse', 'forestry', 'fishing', 'aquaculture', 'veterinary', 'pharmacy', 'cosmetics',
        'wellness', 'fitness', 'dental', 'medical', 'diagnostics', 'laboratory', 'biotech', 'genomics', 'chemicals',
        'coatings', 'adhesives', 'cleaning', 'laundry', 'repair', 'maintenance', 'installation', 'inspection',
        'certification', 'consulting', 'accounting', 'legal', 'translation', 'training', 'education', 'coaching',
        'recruitment', 'staffing', 'insurance', 'leasing', 'rental', 'realestate', 'architecture', 'engineering',
        'surveying', 'mapping', 'drones', 'aviation', 'maritime', 'shipping', 'rail', 'trucking', 'warehousing',
        'courier', 'mobility', 'bicycles', 'motorcycles', 'automotive', 'tyres', 'charging', 'lighting', 'signage',
        'displays', 'gaming', 'toys', 'jewellery', 'watches', 'music', 'instruments', 'crafts', 'pottery', 'weaving',
        'knitting', 'embroidery', 'upholstery'

       ] as topics,
       array['MARKET_RESEARCH', 'PRODUCT_DEVELOPMENT', 'INTERNATIONALISATION', 'TRAINING', 'JOINT_RESEARCH',
             'EXISTING_COLLABORATION', 'OTHER'] as collaboration,
       (select array_agg(code order by ord) from country) as countries;

-- The partner client whose tokens the catalogue scenarios use.
insert into partner_client (id, client_id, name, organisation, scopes, webhook_url_prefixes, rate_limit_tier, active,
                            version, created_at, created_by, updated_at, updated_by)
values (bench.uid('partner', 1), 'bench-partner', 'Bench portal', 'Bench',
        '{catalogue:read,applications:read,events:read}', '{}', 'standard', true, 0, now(), 'bench', now(), 'bench');

-- Facilitators: one chamber per country, covering it, plus networks that cover several countries.
insert into facilitator (id, name, country, covered_countries, contact_email, contact_phone, website, active,
                         version, created_at, created_by, updated_at, updated_by)
select bench.uid('fac', c.ord), 'Chamber of Commerce ' || c.code, c.code, array[c.code],
       'contact@chamber-' || lower(c.code) || '.example', '+00 100 ' || c.ord,
       'https://chamber-' || lower(c.code) || '.example', true, 0, now(), 'seed', now(), 'seed'
from country c
union all
select bench.uid('fac', 100 + r.n), 'Regional Business Network ' || r.n, r.countries[1], r.countries,
       'network' || r.n || '@example.org', null, null, true, 0, now(), 'seed', now(), 'seed'
from (values (1, array['AT', 'SI', 'HR']), (2, array['LT', 'LV', 'EE']), (3, array['RS', 'ME', 'MK', 'AL']),
             (4, array['SE', 'DK', 'NO', 'FI', 'IS'])) as r(n, countries);

-- The load runs without the secondary indexes; they are kept here and rebuilt below exactly as defined.
create table bench.saved_index as
select indexname, indexdef from pg_indexes
where schemaname = 'public'
  and tablename in ('sme', 'sme_status_change', 'participant', 'mobility_application', 'learning_project_revision',
                    'mobility_application_step', 'mobility_grant', 'ledger_entry')
  and indexname not in (select conname from pg_constraint);
do $$
declare saved record;
begin
    for saved in select indexname from bench.saved_index loop
        execute format('drop index %I', saved.indexname);
    end loop;
end $$;

-- Applications are planned first (who, which status, the dates of their history) and inserted after the companies,
-- so that each company registered before its first application.
-- The workflow path of an application (its statuses in order, and the action that leads into each); ON_HOLD,
-- REJECTED, WITHDRAWN and CANCELLED branch off it.
create temp table workflow as
select array['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ELIGIBLE', 'MATCHED', 'AGREEMENT_SIGNED', 'APPROVED',
             'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'CLOSED'] as path,
       array[null, 'SUBMIT', 'START_REVIEW', 'DECLARE_ELIGIBLE', 'ACCEPT_PROPOSAL', 'SIGN', 'APPROVE',
             'CONFIRM_ARRIVAL', 'CONFIRM_DEPARTURE', 'REPORT', 'CLOSE'] as actions;

-- Applications, one per two companies, in every status with the fields each status implies. reach: the position on
-- the workflow path of the last status the application reached on it (withdrawn and cancelled ones left somewhere
-- between the draft and the signed agreement; on hold and rejected ones from the review); held: it went on hold and
-- back once during the review. Stays: those that started are dated so the arrival, the departure 40 days later,
-- the reports and the closure all lie in the past; the others are planned ahead.
create temp table application_plan as
select a.j, bench.uid('app', a.j) as id, a.status, a.sender_i, a.host_i,
       case when a.status in ('WITHDRAWN', 'CANCELLED') then 1 + floor(a.r_left * 6)::int
            when a.status in ('ON_HOLD', 'REJECTED') then 3
            else array_position(w.path, a.status) end as reach,
       case a.status when 'ON_HOLD' then 'HOLD' when 'REJECTED' then 'REJECT' when 'WITHDRAWN' then 'WITHDRAW'
                     when 'CANCELLED' then 'CANCEL' end as exit_action,
       a.r_hold < 0.25 and a.status <> 'ON_HOLD' as held,
       case a.status when 'IN_PROGRESS' then current_date - 1 - a.j % 38
                     when 'COMPLETED' then current_date - 41 - a.j % 25
                     when 'REPORTED' then current_date - 75 - a.j % 60
                     when 'CLOSED' then current_date - 110 - a.j % 120
                     else current_date + 30 + a.j % 300 end as stay_start,
       -- How long ago an application that has not started its stay took its last step, in days.
       a.r_idle * case a.status when 'DRAFT' then 60 when 'SUBMITTED' then 25 when 'UNDER_REVIEW' then 20
                                when 'ON_HOLD' then 15 when 'ELIGIBLE' then 60 when 'MATCHED' then 30
                                when 'AGREEMENT_SIGNED' then 20 when 'APPROVED' then 45 else 250 end as idle_days
from (select j, r_hold, r_left, r_idle,
             case when r < 0.10 then 'DRAFT' when r < 0.18 then 'SUBMITTED' when r < 0.26 then 'UNDER_REVIEW'
                  when r < 0.29 then 'ON_HOLD' when r < 0.37 then 'ELIGIBLE' when r < 0.42 then 'REJECTED'
                  when r < 0.48 then 'MATCHED' when r < 0.53 then 'AGREEMENT_SIGNED' when r < 0.59 then 'APPROVED'
                  when r < 0.65 then 'IN_PROGRESS' when r < 0.71 then 'COMPLETED' when r < 0.75 then 'REPORTED'
                  when r < 0.90 then 'CLOSED' when r < 0.96 then 'WITHDRAWN' else 'CANCELLED' end as status,
             -- A sender (i % 4 <> 3) and a host (i % 4 <> 0) outside the pool.
             case when s % 4 = 3 then s - 1 else s end as sender_i,
             case when h % 4 = 0 then h - 1 else h end as host_i
      from (select j, random() r, random() r_hold, random() r_left, random() r_idle,
                   1 + ((j::bigint * 7919) % (:n - :pool))::int s, 1 + ((j::bigint * 104729) % (:n - :pool))::int h
            from generate_series(1, greatest(:n / 2, 1)) j) x) a
cross join workflow w;

-- The steps that changed each application's status, in order: the path up to its reach (with the hold and the
-- answer after the review started, when held), then the step off the path. gap: days since the previous step.
create temp table plan_step as
select p.j, s.ord, s.to_status, s.action,
       case s.action when 'SUBMIT' then 1 + random() * 20 when 'START_REVIEW' then 0.2 + random() * 4
                     when 'HOLD' then 1 + random() * 8 when 'RESPOND' then 1 + random() * 15
                     when 'DECLARE_ELIGIBLE' then 2 + random() * 18 when 'REJECT' then 2 + random() * 18
                     when 'ACCEPT_PROPOSAL' then 5 + random() * 50 when 'SIGN' then 3 + random() * 25
                     when 'APPROVE' then 1 + random() * 9 when 'CONFIRM_ARRIVAL' then 10 + random() * 40
                     when 'CONFIRM_DEPARTURE' then 40 when 'REPORT' then 5 + random() * 25
                     when 'CLOSE' then 3 + random() * 25 when 'WITHDRAW' then 1 + random() * 30
                     when 'CANCEL' then 1 + random() * 30 else 0 end as gap
from application_plan p
cross join workflow w
cross join lateral unnest(
    w.path[1:least(p.reach, 3)]
        || case when p.held and p.reach >= 3 then array['ON_HOLD', 'UNDER_REVIEW'] else '{}' end
        || w.path[4:p.reach] || case when p.exit_action is not null then array[p.status] else '{}' end,
    w.actions[1:least(p.reach, 3)]
        || case when p.held and p.reach >= 3 then array['HOLD', 'RESPOND'] else '{}' end
        || w.actions[4:p.reach] || case when p.exit_action is not null then array[p.exit_action] else '{}' end)
    with ordinality as s(to_status, action, ord);

-- When each step happened: the arrival on the first day of the stay (9:00), or else the last step idle_days ago;
-- the other steps their gaps before and after it.
create temp table plan_history as
select t.j, t.ord, lag(t.to_status) over w as from_status, t.to_status, t.action,
       t.anchor_at + make_interval(secs => 86400 * (t.cum - coalesce(
           max(t.cum) filter (where t.action = 'CONFIRM_ARRIVAL') over (partition by t.j),
           max(t.cum) over (partition by t.j)))) as occurred_at
from (select s.*, sum(s.gap) over (partition by s.j order by s.ord) as cum,
             case when p.reach >= 8 then p.stay_start + time '09:00'
                  else now() - make_interval(secs => 86400 * p.idle_days) end as anchor_at
      from plan_step s join application_plan p on p.j = s.j) t
window w as (partition by t.j order by t.ord);

create temp table plan_time as
select j, min(occurred_at) as created_at, max(occurred_at) as updated_at,
       max(occurred_at) filter (where action = 'SUBMIT') as submitted_at,
       max(occurred_at) filter (where action = 'APPROVE') as approved_at
from plan_history group by j;

-- The companies' first applications: a company registered before it drafted or hosted one.
create temp table company_first_application as
select c.i, min(t.created_at) as first_at
from (select j, sender_i as i from application_plan union all select j, host_i from application_plan where reach >= 5) c
join plan_time t on t.j = c.j
group by c.i;

-- Companies registered while the call has been open (at least the last 30 days), so the KPIs, which count the
-- registrations of the call's period, count nearly all of them (not those registered before an application of theirs
-- that started before the call opened).
select greatest(current_date - opens_on, 30) as registration_days
from programme_call where id = 'ca110000-0000-4000-8000-000000002026' \gset

-- SMEs. Company i's exchange role follows i % 4 (0 sends, 1 and 2 both, 3 hosts only), so other rows can pick a
-- sender or a host by number. The last :pool companies send and host, are verified, and no seeded application uses
-- them: scenario 7 drafts and submits for their people.
insert into sme (id, legal_name, trading_name, country, nuts_region, street, postal_code, city, website, vat_number,
                 nace_code, nace_version, nace_section, founding_year, staff_headcount, annual_turnover,
                 balance_sheet_total, size_class, languages, collaboration_offered, collaboration_sought,
                 target_markets, sends_staff, hosts_staff, hosting_capacity, description, catalogue_consent,
                 facilitator_id, status, submitted_at, review_due_on, external_client, external_ref, version,
                 created_at, created_by, updated_at, updated_by)
select bench.uid('sme', g.i),
       g.name || ' ' || c.suffix,
       case when g.r_trading < 0.3 then g.name end,
       c.code,
       c.code || (1 + floor(g.r_nuts * 5))::int || chr(65 + floor(g.r_nuts * 40)::int % 8),
       'Street ' || (1 + g.i % 250) || ', ' || (1 + g.i % 97),
       lpad(((g.i * 7) % 99999)::text, 5, '0'),
       g.city,
       case when g.r_trading < 0.8 then 'https://' || lower(replace(g.name, ' ', '-')) || '-' || g.i || '.example' end,
       c.code || lpad(g.i::text, 11, '0'),
       -- Mostly classes (10.71), some groups (10.7).
       n.division || case when g.r_class < 0.1 then '.' || (1 + floor(g.r_class * 90)::int)
                          else '.' || (1 + floor(g.r_class * 9)::int % 9) || floor(g.r_class * 97)::int % 10 end,
       'REV_2', n.section,
       1950 + floor(g.r_year * 75)::int,
       g.headcount, round((g.headcount * 95000 * (0.5 + g.r_year))::numeric, 2),
       round((g.headcount * 70000 * (0.5 + g.r_year))::numeric, 2),
       g.size_class,
       case when g.r_lang < 0.6 then array[c.lang, 'en'] when g.r_lang < 0.7 and c.lang <> 'de'
            then array[c.lang, 'en', 'de'] else array[c.lang] end,
       g.offered, g.sought,
       case when g.m1 = g.m2 or g.m2 = c.code then array[g.m1] else array[g.m1, g.m2] end,
       g.sends, g.hosts,
       case when g.hosts then 1 + floor(g.r_year * 5)::int else 0 end,
       'A ' || n.title || ' company from ' || g.city || ' working on ' || g.topic1 || ', ' || g.topic2 || ' and '
           || g.topic3 || '.',
       g.pooled or g.r_consent < 0.85,
       bench.uid('fac', c.ord),
       g.status,
       least(now() - make_interval(days => 6 + floor(g.r_registered * (:registration_days - 6))::int),
             f.first_at - make_interval(days => 5 + floor(g.r_due * 30)::int)),
       case when g.status in ('PENDING_VERIFICATION', 'ON_HOLD') then current_date - 10 + floor(g.r_due * 30)::int end,
       case when g.r_partner < 0.05 then 'bench-partner' end,
       case when g.r_partner < 0.05 then 'REF-' || g.i end,
       1, now(), 'seed', now(), 'seed'
from (select s.*,
             initcap(s.w1) || ' ' || initcap(s.w2) as name,
             s.i > :n - :pool as pooled,
             s.role <> 3 as sends, s.role <> 0 as hosts,
             case when s.i > :n - :pool or s.r_status < 0.88 then 'VERIFIED'
                  when s.r_status < 0.94 then 'PENDING_VERIFICATION'
                  when s.r_status < 0.96 then 'ON_HOLD' else 'REJECTED' end as status,
             -- Large companies may only host (role 3).
             case when s.r_size < 0.70 then 'MICRO' when s.r_size < 0.90 then 'SMALL'
                  when s.r_size < 0.98 or s.role <> 3 then 'MEDIUM' else 'LARGE' end as size_class,
             case when s.r_size < 0.70 then 1 + floor(s.r_size / 0.70 * 9)::int
                  when s.r_size < 0.90 then 10 + floor((s.r_size - 0.70) / 0.20 * 40)::int
                  when s.r_size < 0.98 or s.role <> 3 then 50 + floor((s.r_size - 0.90) / 0.10 * 199)::int
                  else 250 + floor((s.r_size - 0.98) / 0.02 * 1750)::int end as headcount,
             case when s.k1 = s.k2 then array[v.collaboration[s.k1]]
                  else array[v.collaboration[least(s.k1, s.k2)], v.collaboration[greatest(s.k1, s.k2)]] end as offered,
             case when s.k3 = s.k1 then array[v.collaboration[s.k3]]
                  else array[v.collaboration[least(s.k3, s.k1)], v.collaboration[greatest(s.k3, s.k1)]] end as sought,
             v.countries[1 + s.i % 34] as m1, v.countries[1 + s.i * 7 % 34] as m2
      from (select i, case when i > :n - :pool then 1 else i % 4 end as role,
                   random() r_country, random() r_nace, random() r_size, random() r_status, random() r_trading,
                   random() r_nuts, random() r_class, random() r_year, random() r_lang, random() r_consent,
                   random() r_due, random() r_partner, random() r_registered,
                   1 + floor(random() * 7)::int k1, 1 + floor(random() * 7)::int k2, 1 + floor(random() * 7)::int k3,
                   v.first_words[1 + floor(random() * 40)::int] w1, v.second_words[1 + floor(random() * 40)::int] w2,
                   v.cities[1 + floor(random() * 30)::int] city, v.topics[1 + floor(random() * 150)::int] topic1,
                   v.topics[1 + floor(random() * 150)::int] topic2, v.topics[1 + floor(random() * 150)::int] topic3
            from generate_series(1, :n) i cross join vocab v) s
      cross join vocab v) g
join country_slot cs on cs.slot = floor(g.r_country * :country_slots)::int
join country c on c.code = cs.code
join nace_slot ns on ns.slot = floor(g.r_nace * :nace_slots)::int
join nace n on n.division = ns.division
left join company_first_application f on f.i = g.i;

-- Each company's registration, and the facilitator's decision where one was taken.
insert into sme_status_change (id, sme_id, changed_at, changed_by, actor_role, from_status, to_status, reason)
select bench.uid('smereg', s.n), s.id, s.submitted_at, 'seed', 'sme', null, 'PENDING_VERIFICATION', null
from (select id, submitted_at, row_number() over () n from sme) s;
insert into sme_status_change (id, sme_id, changed_at, changed_by, actor_role, from_status, to_status, reason)
select bench.uid('smedec', s.n), s.id, s.submitted_at + interval '5 days', 'seed', 'facilitator',
       'PENDING_VERIFICATION', s.status, case when s.status <> 'VERIFIED' then 'Documents missing' end
from (select id, submitted_at, status, row_number() over () n from sme where status <> 'PENDING_VERIFICATION') s;

-- People of the sending companies: one each, a second in every third company and in every pooled one. Gender as
-- the person declared it (about 5 % did not), and about 3 % with a disability, whose grants use the disability rate.
insert into participant (id, sme_id, first_name, last_name, email, role, job_title, languages, esco_occupation,
                         isco_code, has_disability, catalogue_consent, gender, version, created_at, created_by,
                         updated_at, updated_by)
select bench.uid('par', p.i * 2 + p.k), bench.uid('sme', p.i),
       (array['Anna', 'Luca', 'Marta', 'Jonas', 'Elena', 'Piotr', 'Sofia', 'Mehmet', 'Ines', 'Lars'])[1 + p.i % 10],
       (array['Rossi', 'Novak', 'Garcia', 'Muller', 'Kowalski', 'Silva', 'Jansen', 'Yilmaz', 'Dubois',
              'Berg'])[1 + (p.i / 10 + p.k) % 10],
       'person' || p.k || '.' || p.i || '@example.org',
       (array['EMPLOYEE', 'EMPLOYEE', 'MANAGER', 'OWNER'])[1 + (p.i + p.k) % 4],
       'Specialist', array['en:B2', 'de:A2'], null, lpad((2000 + p.i % 7000)::text, 4, '0'), p.r_disability < 0.03,
       p.i % 3 = 0,
       case when p.r_gender < 0.47 then 'FEMALE' when p.r_gender < 0.93 then 'MALE' when p.r_gender < 0.95 then 'OTHER'
       end,
       0, now(), 'seed', now(), 'seed'
from (select i, k, random() r_gender, random() r_disability
      from generate_series(1, :n) i, generate_series(0, 1) k
      where (i % 4 <> 3 or i > :n - :pool) and (k = 0 or i % 3 = 0 or i > :n - :pool)) p;

insert into mobility_application (id, call_id, policy_version, sending_sme_id, participant_id, host_sme_id,
                                  collaboration_type, sending_facilitator_id, host_facilitator_id, status, due_on,
                                  review_days_left, project_revision, objectives_for_sender, objectives_for_host,
                                  expected_outcomes, activity_plan, planned_stay, insurance_confirmed_at,
                                  insurance_reference, actual_start, actual_end, version, created_at, created_by,
                                  updated_at, updated_by, sending_sme_client, host_sme_client, signed_parties,
                                  reported_parties)
select p.id, 'ca110000-0000-4000-8000-000000002026', 1, s.id, bench.uid('par', p.sender_i * 2), h.id,
       (array['MARKET_RESEARCH', 'PRODUCT_DEVELOPMENT', 'INTERNATIONALISATION', 'TRAINING'])[1 + p.j % 4],
       s.facilitator_id, h.facilitator_id, p.status,
       -- The review is due 15 working days (three weeks) after the submission; the final reports 30 days after the
       -- departure.
       case when p.status in ('SUBMITTED', 'UNDER_REVIEW') then (t.submitted_at)::date + 21
            when p.status = 'COMPLETED' then p.stay_start + 40 + 30 end,
       case when p.status = 'ON_HOLD' then 1 + p.j % 15 end,
       1, array['Learn how the host sells abroad', 'Adopt its quality process'],
       array['Gain a partner in the sender''s market'], 'A joint offer for both markets.',
       'Weeks 1-2: production; weeks 3-4: sales; weeks 5-6: a joint plan.',
       array[p.stay_start || '/' || (p.stay_start + 40)],
       case when p.reach >= 7 then t.approved_at - interval '1 day' end,
       case when p.reach >= 7 then 'Insurer policy ' || p.j end,
       case when p.reach >= 8 then p.stay_start end,
       case when p.reach >= 9 then p.stay_start + 40 end,
       1, t.created_at, 'seed', t.updated_at, 'seed', s.external_client, h.external_client,
       case when p.reach >= 6 then array['HOST_SME', 'SENDING_FACILITATOR', 'SENDING_SME'] else '{}' end,
       case when p.reach >= 10 then array['HOST_SME', 'PARTICIPANT', 'SENDING_SME'] else '{}' end
from application_plan p
join plan_time t on t.j = p.j
join sme s on s.id = bench.uid('sme', p.sender_i)
left join sme h on h.id = bench.uid('sme', p.host_i) and p.reach >= 5;

insert into learning_project_revision (id, application_id, revision, objectives_for_sender, objectives_for_host,
                                       expected_outcomes, activity_plan, planned_stay, created_at, created_by)
select bench.uid('rev', p.j), a.id, 1, a.objectives_for_sender, a.objectives_for_host, a.expected_outcomes,
       a.activity_plan, a.planned_stay, a.created_at, 'seed'
from application_plan p join mobility_application a on a.id = p.id;

-- The history, written in order (the service reads it by the sequence the database hands out on insert): who took
-- each step in which role, and what it concerns (the revision drafted and signed, the host that accepted).
insert into mobility_application_step (id, application_id, occurred_at, actor, actor_role, action, from_status,
                                       to_status, reason, revision, party, host_sme_id)
select bench.uid('step', h.j * 20 + h.ord), bench.uid('app', h.j), h.occurred_at, 'seed',
       case when h.action is null or h.action in ('SUBMIT', 'RESPOND', 'WITHDRAW', 'ACCEPT_PROPOSAL',
                                                   'CONFIRM_ARRIVAL', 'CONFIRM_DEPARTURE', 'REPORT') then 'sme'
            else 'facilitator' end,
       h.action, h.from_status, h.to_status,
       case coalesce(h.action, 'DRAFT') when 'DRAFT' then 'Drafted'
                                        when 'HOLD' then 'Please send the signed employment contract'
                                        when 'RESPOND' then 'Contract attached'
                                        when 'REJECT' then 'The participant is not an employee'
                                        when 'SIGN' then 'All parties signed revision 1'
                                        when 'REPORT' then 'All final reports in'
                                        when 'WITHDRAW' then 'The participant left the company'
                                        when 'CANCEL' then 'The host can no longer receive the participant' end,
       case when h.action is null or h.action = 'SIGN' then 1 end,
       case h.action when 'SIGN' then 'SENDING_FACILITATOR' when 'REPORT' then 'HOST_SME' end,
       case when h.action = 'ACCEPT_PROPOSAL' then bench.uid('sme', p.host_i) end
from plan_history h join application_plan p on p.j = h.j
order by h.j, h.ord;

-- Grants of the approved mobilities and those that went further, on the call's two budget lines (Forum AIC funds
-- half of the senders from Italy and the Adriatic-Ionian countries), with the ledger entry of each commitment, so
-- the lines reconcile. Computed as the service does: the host country's monthly rate (the disability rate for
-- participants with a disability) for the whole calendar months of the stay, a thirtieth of it for each day after.
-- Committed only: no payment is seeded (the money scenarios seed their own), so nothing is paid on these lines.
insert into budget_line (id, call_id, code, name, funder, currency, amount, committed, paid, priority,
                         eligible_countries, version, created_at, created_by, updated_at, updated_by)
values (bench.uid('line', 1), 'ca110000-0000-4000-8000-000000002026', 'EU-2026', 'EU call budget',
        'European Commission (95 % co-financed)', 'EUR', 1, 0, 0, 10, '{}', 0, now(), 'seed', now(), 'seed'),
       (bench.uid('line', 2), 'ca110000-0000-4000-8000-000000002026', 'FORUM-AIC-2026', 'Forum AIC',
        'Forum AIC', 'EUR', 1, 0, 0, 5, '{AL,BA,HR,GR,IT,ME,MK,RS,SI,SM}', 0, now(), 'seed', now(), 'seed');

create temp table plan_grant as
select g.*, round(g.rate * (30 * g.months + g.days) / 30, 2) as amount
from (select m.*, m.stay_end - (m.stay_start + make_interval(months => m.months))::date + 1 as days
      from (select p.j, p.id, p.status, a.sending_sme_id as sender, a.sending_facilitator_id as payer,
                   h.country as host, par.has_disability as disability, t.approved_at, p.stay_start,
                   p.stay_start + 40 as stay_end,
                   case when par.has_disability then 1100.00 else r.monthly_eur end as rate,
                   (extract(year from age(p.stay_start + 41, p.stay_start)) * 12
                       + extract(month from age(p.stay_start + 41, p.stay_start)))::int as months,
                   case when s.country = any (array['AL', 'BA', 'HR', 'GR', 'IT', 'ME', 'MK', 'RS', 'SI', 'SM'])
                             and p.j % 2 = 0 then bench.uid('line', 2) else bench.uid('line', 1) end as line
            from application_plan p
            join plan_time t on t.j = p.j
            join mobility_application a on a.id = p.id
            join sme s on s.id = a.sending_sme_id
            join sme h on h.id = a.host_sme_id
            join participant par on par.id = a.participant_id
            join grant_rate r on r.rate_table_id = '9a7e0000-0000-4000-8000-000000000001' and r.country = h.country
            where p.status in ('APPROVED', 'IN_PROGRESS', 'COMPLETED', 'REPORTED', 'CLOSED')) m) g;

insert into grant_calculation (id, rate_table_id, host_country, disability_rate, monthly_rate, months, days, amount,
                               explanation, created_at, table_version, table_valid_from)
select bench.uid('calc', g.j), '9a7e0000-0000-4000-8000-000000000001', g.host, g.disability, g.rate, g.months, g.days,
       g.amount,
       array['Rate table 1 (valid from 2020-01-01): ' || case when g.disability then 'disability rate'
                                                                else g.host end || ' EUR ' || g.rate || ' a month',
             g.months || ' month(s) x EUR ' || g.rate || ' + ' || g.days || ' days x EUR ' || g.rate || '/30 = EUR '
                 || g.amount], g.approved_at, 1, date '2020-01-01'
from plan_grant g;

insert into mobility_grant (application_id, budget_line_id, payer_facilitator_id, payee_kind, payee_id,
                            prefinancing_percent, planned_calculation_id, actual_calculation_id, entitlement,
                            committed, paid, version, created_at, created_by, updated_at, updated_by, stage,
                            sending_sme_id)
select g.id, g.line, g.payer, 'SENDING_SME', g.sender, 70, bench.uid('calc', g.j), null, g.amount, g.amount, 0, 0,
       g.approved_at, 'seed', g.approved_at, 'seed',
       case g.status when 'APPROVED' then 'COMMITTED' when 'IN_PROGRESS' then 'STAY_STARTED'
                     when 'COMPLETED' then 'STAY_ENDED' else g.status end,
       g.sender
from plan_grant g;

insert into ledger_entry (budget_line_id, application_id, payment_id, entry_type, amount, committed_change,
                          paid_change, reason, recorded_by, recorded_role, recorded_at)
select g.line, g.id, null, 'GRANT_COMMITTED', g.amount, g.amount, 0, 'Grant on the planned dates', 'seed',
       'facilitator', g.approved_at
from plan_grant g order by g.approved_at;

-- Each line holds its grants, with a fifth of its amount still available.
update budget_line l
set committed = c.committed, amount = greatest(ceil(c.committed * 1.25), 1000)
from (select l.id, coalesce(sum(g.amount), 0) as committed
      from budget_line l left join plan_grant g on g.line = l.id
      where l.id in (bench.uid('line', 1), bench.uid('line', 2)) group by l.id) c
where c.id = l.id;

do $$
declare saved record;
begin
    for saved in select indexdef from bench.saved_index loop
        execute saved.indexdef;
    end loop;
end $$;

-- The events feed: what the registry's changes would have recorded, one event per company up to 100,000, each for
-- every client with catalogue:read.
insert into domain_event (id, type, aggregate_type, aggregate_id, occurred_at, payload, required_scope, audience)
select bench.uid('evt', i), 'sme.updated', 'sme', bench.uid('sme', i), now() - interval '1 day',
       jsonb_build_object('smeId', bench.uid('sme', i), 'status', 'VERIFIED'), 'catalogue:read', null
from generate_series(1, least(:n, 100000)) i;

-- What the load scenarios draw their ids from.
create table bench.sme_sample as
select row_number() over () as k, bench.uid('sme', 1 + floor(random() * :n)::int) as id
from generate_series(1, least(:n, 20000));
create table bench.application_sample as
select row_number() over () as k, bench.uid('app', 1 + floor(random() * greatest(:n / 2, 1))::int) as id
from generate_series(1, least(greatest(:n / 2, 1), 20000));
create table bench.reviewing_facilitator as
select distinct facilitator_id as id from sme where status = 'PENDING_VERIFICATION';
create table bench.sender_pool as
select i as n, bench.uid('sme', i) as sme_id, bench.uid('par', i * 2) as first_participant,
       bench.uid('par', i * 2 + 1) as second_participant
from generate_series(:n - :pool + 1, :n) i;
