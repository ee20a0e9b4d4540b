-- The demo call as a programme looks five months into it (issue 12): a few hundred companies registered since the
-- call opened, at a pace that grows; a hundred companies that registered in earlier calls and came back; their people;
-- and the call's applications at every stage of the funnel, each with the history that brought it there. Runs after
-- R__demo_data.sql and R__demo_money.sql (repeatable migrations run in the order of their names) and, like them, again
-- whenever this file changes: every row has a fixed id and is inserted only while it is missing, and an application's
-- history, project and signatures only with the application itself, so a history never disagrees with its status.
-- Rows are never updated: after changing the generator, start from an empty .dev-data/ to see the change.
--
-- Everything is generated, set-based, from numbers: company n, its person k, and the application of both. Each
-- "random" choice is a hash of a name and those numbers (dp_random), so every run produces the same programme, and
-- times count back from now, so it looks the same whatever day the demo starts. Time is counted in days since the
-- call opened (the demo call opened 150 days ago); nothing generated happens later than day 149.9.
--
-- What this file leaves alone: the rows of the other demo scripts (its companies never deal with theirs), the money
-- (no grant, payment or ledger entry here: R__demo_money.sql owns the budget lines, so the reconciliation still adds
-- up; the KPIs count participants sent from the application's status and disability from the person where there is
-- no grant), and the events feed and webhooks: those tell the story of the hand-written demo rows; a bulk of
-- generated history would bury it, and none of these companies came through a partner portal.
-- Rows written here are by 'demo-programme'.

create or replace function pg_temp.dp_random(seed text) returns double precision
    language sql immutable
as $$ select ('x' || substr(md5(seed), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

create or replace function pg_temp.dp_id(seed text) returns uuid
    language sql immutable
as $$ select overlay(overlay(md5('demo-programme:' || seed) placing '4' from 13) placing '8' from 17)::uuid $$;

-- The moment of day t, and its date as the programme counts dates (Brussels).
create or replace function pg_temp.dp_at(t double precision) returns timestamptz
    language sql stable
as $$ select now() - (150 - t) * interval '1 day' $$;

create or replace function pg_temp.dp_day(t double precision) returns date
    language sql stable
as $$ select ((now() - (150 - t) * interval '1 day') at time zone 'Europe/Brussels')::date $$;

-- Working days as ProgrammeCalendar counts them (Monday to Friday).
create or replace function pg_temp.dp_working_days_after(start date, days integer) returns date
    language sql immutable
as $$ select max(day)::date
      from (select day from generate_series(start + 1, start + 2 * days + 7, interval '1 day') day
            where extract(isodow from day) < 6 order by day limit days) working_day $$;

create or replace function pg_temp.dp_working_days_between(from_day date, to_day date) returns integer
    language sql immutable
as $$ select count(*)::integer from generate_series(from_day + 1, to_day, interval '1 day') day
      where extract(isodow from day) < 6 $$;

create or replace function pg_temp.dp_slug(words text) returns text
    language sql immutable
as $$ select trim(both '-' from regexp_replace(translate(lower(words),
          'áàâãäåăąçćčďđéèêëěęíìîïłńňñóòôõöřśšșşțţťúùûüůýźżž',
          'aaaaaaaacccddeeeeeeiiiilnnnooooorsssstttuuuuuyzzz'), '[^a-z0-9]+', '-', 'g')) $$;

-- Chambers for the countries the first demo facilitators do not cover. Estonia stays without one, as in
-- R__demo_data.sql: its companies wait for an administrator to assign a facilitator.
insert into facilitator (id, name, country, covered_countries, contact_email, contact_phone, website, active,
                         version, created_at, created_by, updated_at, updated_by)
values ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000006', 'Izba Przemysłowo-Handlowa w Krakowie', 'PL', '{PL}',
        'mobilise@iph.krakow.example.pl', '+48 12 000 0000', 'https://www.iph.krakow.example.pl', true,
        0, now() - interval '400 days', 'demo-programme', now() - interval '400 days', 'demo-programme'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000007', 'Regionální hospodářská komora Brno', 'CZ', '{CZ,SK}',
        'mobilise@rhkbrno.example.cz', '+420 500 000 000', 'https://www.rhkbrno.example.cz', true,
        0, now() - interval '400 days', 'demo-programme', now() - interval '400 days', 'demo-programme'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000008', 'Camera de Comerț și Industrie Timiș', 'RO', '{RO}',
        'mobilise@cciat.example.ro', '+40 256 000 000', 'https://www.cciat.example.ro', true,
        0, now() - interval '400 days', 'demo-programme', now() - interval '400 days', 'demo-programme'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a000009', 'Varna Chamber of Commerce and Industry', 'BG', '{BG}',
        'mobilise@vcci.example.bg', '+359 52 000 000', 'https://www.vcci.example.bg', true,
        0, now() - interval '400 days', 'demo-programme', now() - interval '400 days', 'demo-programme'),
       ('0b5f1c52-6f4e-4c1e-9a53-1f0d2a00000a', 'Chambers Ireland', 'IE', '{IE}',
        'mobilise@chambers.example.ie', '+353 1 000 0000', 'https://www.chambers.example.ie', true,
        0, now() - interval '400 days', 'demo-programme', now() - interval '400 days', 'demo-programme')
on conflict do nothing;

-- The countries companies come from, weighted as the programme's interest runs, with what a company and a person of
-- each look like: legal form, VAT number format (VatNumbers), facilitator in charge, cities with their NUTS 3 regions.
create temporary table dp_country (
    code varchar, weight int, lang varchar, suffix varchar, facilitator uuid, vat_head varchar, vat_digits int,
    vat_tail varchar, tld varchar, street varchar, stems varchar[], female varchar[], male varchar[],
    female_last varchar[], male_last varchar[], cities varchar[], nuts varchar[], postcodes varchar[]
) on commit drop;

insert into dp_country values
    ('IT', 17, 'it', 'S.r.l.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000001', 'IT', 11, '', 'it', 'Via Roma',
     array['Levante', 'Adriatica', 'Murgia', 'Appennino', 'Vesuvio', 'Salento', 'Tirrenia', 'Dolomiti'],
     array['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Elena'],
     array['Marco', 'Luca', 'Andrea', 'Giuseppe', 'Davide', 'Matteo'],
     array['Rossi', 'Ferrari', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
           'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa'],
     array['Rossi', 'Ferrari', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
           'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa'],
     array['Bari', 'Lecce', 'Napoli', 'Bologna', 'Torino', 'Verona', 'Firenze', 'Ancona', 'Palermo'],
     array['ITF47', 'ITF45', 'ITF33', 'ITH55', 'ITC11', 'ITH31', 'ITI14', 'ITI32', 'ITG12'],
     array['70121', '73100', '80133', '40121', '10121', '37121', '50122', '60121', '90133']),
    ('ES', 12, 'es', 'S.L.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000002', 'ESB', 8, '', 'es', 'Calle Mayor',
     array['Ibérica', 'Levantina', 'Cantábrica', 'Olivar', 'Mediterránea', 'Sierra Nevada', 'Azahar', 'Aragonesa'],
     array['Lucía', 'María', 'Carmen', 'Laura', 'Marta', 'Elena'],
     array['Javier', 'Carlos', 'Pablo', 'Sergio', 'Alejandro', 'Jorge'],
     array['García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Fernández', 'Navarro',
           'Ruiz', 'Torres', 'Díaz', 'Moreno', 'Romero', 'Alonso'],
     array['García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Fernández', 'Navarro',
           'Ruiz', 'Torres', 'Díaz', 'Moreno', 'Romero', 'Alonso'],
     array['Valencia', 'Sevilla', 'Bilbao', 'Zaragoza', 'Málaga', 'Barcelona', 'Murcia'],
     array['ES523', 'ES618', 'ES213', 'ES243', 'ES617', 'ES511', 'ES620'],
     array['46001', '41001', '48001', '50001', '29001', '08001', '30001']),
    ('PT', 9, 'pt', 'Lda.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000002', 'PT5', 8, '', 'pt', 'Rua Direita',
     array['Lusitana', 'Atlântico', 'Douro', 'Minho', 'Tejo', 'Alentejo', 'Cortiça', 'Alfama'],
     array['Ana', 'Inês', 'Beatriz', 'Mariana', 'Joana', 'Sofia'],
     array['João', 'Pedro', 'Tiago', 'Miguel', 'Rui', 'Nuno'],
     array['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins',
           'Sousa', 'Almeida', 'Carvalho', 'Gomes', 'Lopes', 'Marques'],
     array['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins',
           'Sousa', 'Almeida', 'Carvalho', 'Gomes', 'Lopes', 'Marques'],
     array['Porto', 'Lisboa', 'Braga', 'Aveiro', 'Coimbra', 'Faro'],
     array['PT11A', 'PT170', 'PT112', 'PT16D', 'PT16E', 'PT150'],
     array['4000-322', '1100-148', '4700-435', '3810-193', '3000-150', '8000-138']),
    ('GR', 8, 'el', 'I.K.E.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'EL', 9, '', 'gr', 'Odos Egnatias',
     array['Aegean', 'Olympus', 'Hellas', 'Ionian', 'Thessaly', 'Minoan', 'Egnatia', 'Pindos'],
     array['Maria', 'Eleni', 'Katerina', 'Dimitra', 'Sofia', 'Georgia'],
     array['Giorgos', 'Nikos', 'Dimitris', 'Kostas', 'Giannis', 'Christos'],
     array['Papadopoulou', 'Papadaki', 'Georgiou', 'Nikolaou', 'Konstantinou', 'Vlachou', 'Oikonomou', 'Karagianni',
           'Dimitriou', 'Antoniou', 'Makri', 'Pappa', 'Alexiou', 'Christodoulou'],
     array['Papadopoulos', 'Papadakis', 'Georgiou', 'Nikolaou', 'Konstantinou', 'Vlachos', 'Oikonomou', 'Karagiannis',
           'Dimitriou', 'Antoniou', 'Makris', 'Pappas', 'Alexiou', 'Christodoulou'],
     array['Thessaloniki', 'Athina', 'Patra', 'Irakleio', 'Larisa', 'Ioannina'],
     array['EL522', 'EL303', 'EL632', 'EL431', 'EL612', 'EL543'],
     array['546 25', '104 31', '262 21', '712 02', '412 21', '452 21']),
    ('HR', 7, 'hr', 'd.o.o.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'HR', 11, '', 'hr', 'Ulica Matice hrvatske',
     array['Jadran', 'Dalmacija', 'Istra', 'Kvarner', 'Velebit', 'Mosor', 'Neretva', 'Lika'],
     array['Ana', 'Ivana', 'Petra', 'Marija', 'Lucija', 'Maja'],
     array['Ivan', 'Marko', 'Luka', 'Josip', 'Tomislav', 'Ante'],
     array['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković',
           'Pavić', 'Šarić', 'Tomić', 'Perić', 'Matić', 'Božić'],
     array['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković',
           'Pavić', 'Šarić', 'Tomić', 'Perić', 'Matić', 'Božić'],
     array['Split', 'Zagreb', 'Rijeka', 'Zadar', 'Dubrovnik', 'Pula'],
     array['HR035', 'HR050', 'HR031', 'HR033', 'HR037', 'HR036'],
     array['21000', '10000', '51000', '23000', '20000', '52100']),
    ('PL', 8, 'pl', 'Sp. z o.o.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000006', 'PL', 10, '', 'pl', 'ul. Długa',
     array['Wisła', 'Tatra', 'Bałtyk', 'Mazowsze', 'Karpaty', 'Odra', 'Warta', 'Sudety'],
     array['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Zofia'],
     array['Piotr', 'Tomasz', 'Paweł', 'Michał', 'Krzysztof', 'Jakub'],
     array['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Wieczorek',
           'Pawlak', 'Michalak', 'Sikora', 'Baran', 'Duda', 'Szewczyk'],
     array['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Wieczorek',
           'Pawlak', 'Michalak', 'Sikora', 'Baran', 'Duda', 'Szewczyk'],
     array['Kraków', 'Warszawa', 'Gdańsk', 'Wrocław', 'Poznań', 'Łódź'],
     array['PL213', 'PL911', 'PL633', 'PL514', 'PL415', 'PL711'],
     array['31-001', '00-001', '80-001', '50-001', '60-001', '90-001']),
    ('DE', 7, 'de', 'GmbH', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'DE', 9, '', 'de', 'Hauptstraße',
     array['Rhein', 'Schwarzwald', 'Elbe', 'Alpen', 'Nordlicht', 'Hanse', 'Main', 'Eifel'],
     array['Anna', 'Julia', 'Laura', 'Katharina', 'Lena', 'Sabine'],
     array['Lukas', 'Jonas', 'Thomas', 'Stefan', 'Michael', 'Felix'],
     array['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker',
           'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein', 'Wolf'],
     array['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker',
           'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Klein', 'Wolf'],
     array['Freiburg im Breisgau', 'Stuttgart', 'Leipzig', 'Nürnberg', 'Hamburg', 'Köln'],
     array['DE131', 'DE111', 'DED51', 'DE254', 'DE600', 'DEA23'],
     array['79098', '70173', '04109', '90402', '20095', '50667']),
    ('FR', 6, 'fr', 'SARL', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'FR', 11, '', 'fr', 'Rue de la République',
     array['Rhône', 'Garonne', 'Loire', 'Provence', 'Armor', 'Vosges', 'Mistral', 'Océane'],
     array['Camille', 'Léa', 'Manon', 'Chloé', 'Sophie', 'Julie'],
     array['Lucas', 'Hugo', 'Thomas', 'Nicolas', 'Julien', 'Antoine'],
     array['Martin', 'Bernard', 'Dubois', 'Robert', 'Richard', 'Petit', 'Durand', 'Moreau',
           'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Garnier', 'Fontaine'],
     array['Martin', 'Bernard', 'Dubois', 'Robert', 'Richard', 'Petit', 'Durand', 'Moreau',
           'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Garnier', 'Fontaine'],
     array['Lyon', 'Bordeaux', 'Nantes', 'Toulouse', 'Lille', 'Marseille'],
     array['FRK26', 'FRI12', 'FRG01', 'FRJ23', 'FRE11', 'FRL04'],
     array['69002', '33000', '44000', '31000', '59000', '13001']),
    ('AT', 4, 'de', 'GmbH', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'ATU', 8, '', 'at', 'Hauptplatz',
     array['Donau', 'Tirol', 'Steirer', 'Alpin', 'Wachau', 'Karawanken', 'Inntal', 'Mur'],
     array['Anna', 'Lisa', 'Katharina', 'Theresa', 'Julia', 'Sarah'],
     array['Florian', 'Lukas', 'Matthias', 'Andreas', 'David', 'Stefan'],
     array['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Hofer',
           'Leitner', 'Mayr', 'Berger', 'Fuchs', 'Eder', 'Schmid'],
     array['Gruber', 'Huber', 'Bauer', 'Wagner', 'Pichler', 'Steiner', 'Moser', 'Hofer',
           'Leitner', 'Mayr', 'Berger', 'Fuchs', 'Eder', 'Schmid'],
     array['Graz', 'Linz', 'Salzburg', 'Innsbruck', 'Wien'],
     array['AT221', 'AT312', 'AT323', 'AT332', 'AT130'],
     array['8010', '4020', '5020', '6020', '1010']),
    ('SI', 4, 'sl', 'd.o.o.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000004', 'SI', 8, '', 'si', 'Prešernova cesta',
     array['Triglav', 'Soča', 'Kras', 'Pohorje', 'Savinja', 'Piran', 'Bled', 'Drava'],
     array['Maja', 'Nina', 'Eva', 'Ana', 'Špela', 'Petra'],
     array['Luka', 'Matej', 'Jure', 'Žiga', 'Gregor', 'Andrej'],
     array['Novak', 'Horvat', 'Kranjc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Vidmar',
           'Golob', 'Turk', 'Kos', 'Božič', 'Korošec', 'Zupan'],
     array['Novak', 'Horvat', 'Kranjc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Vidmar',
           'Golob', 'Turk', 'Kos', 'Božič', 'Korošec', 'Zupan'],
     array['Ljubljana', 'Maribor', 'Koper', 'Celje', 'Kranj'],
     array['SI041', 'SI032', 'SI044', 'SI034', 'SI042'],
     array['1000', '2000', '6000', '3000', '4000']),
    ('RO', 5, 'ro', 'S.R.L.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000008', 'RO', 8, '', 'ro', 'Strada Mihai Eminescu',
     array['Carpați', 'Banat', 'Dunărea', 'Transilvania', 'Bucovina', 'Mureș', 'Olt', 'Dobrogea'],
     array['Andreea', 'Ioana', 'Elena', 'Maria', 'Alexandra', 'Cristina'],
     array['Andrei', 'Alexandru', 'Mihai', 'Ionuț', 'Bogdan', 'Radu'],
     array['Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Stoica', 'Gheorghe', 'Matei',
           'Munteanu', 'Constantin', 'Marin', 'Tudor', 'Ciobanu', 'Barbu'],
     array['Popescu', 'Ionescu', 'Popa', 'Stan', 'Dumitru', 'Stoica', 'Gheorghe', 'Matei',
           'Munteanu', 'Constantin', 'Marin', 'Tudor', 'Ciobanu', 'Barbu'],
     array['Timișoara', 'Cluj-Napoca', 'Iași', 'Brașov', 'București', 'Constanța'],
     array['RO424', 'RO113', 'RO213', 'RO122', 'RO321', 'RO223'],
     array['300001', '400001', '700001', '500001', '010011', '900001']),
    ('BG', 3, 'bg', 'EOOD', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000009', 'BG', 9, '', 'bg', 'ul. Vasil Levski',
     array['Black Sea', 'Balkan', 'Rhodope', 'Pirin', 'Danube', 'Thracia', 'Vitosha', 'Rila'],
     array['Maria', 'Ivana', 'Elena', 'Desislava', 'Gergana', 'Teodora'],
     array['Georgi', 'Ivan', 'Dimitar', 'Nikolay', 'Stoyan', 'Petar'],
     array['Ivanova', 'Georgieva', 'Dimitrova', 'Petrova', 'Nikolova', 'Todorova', 'Stoyanova', 'Angelova',
           'Koleva', 'Yordanova', 'Hristova', 'Mihaylova', 'Pavlova', 'Vasileva'],
     array['Ivanov', 'Georgiev', 'Dimitrov', 'Petrov', 'Nikolov', 'Todorov', 'Stoyanov', 'Angelov',
           'Kolev', 'Yordanov', 'Hristov', 'Mihaylov', 'Pavlov', 'Vasilev'],
     array['Varna', 'Sofia', 'Plovdiv', 'Burgas', 'Ruse'],
     array['BG331', 'BG411', 'BG421', 'BG341', 'BG323'],
     array['9000', '1000', '4000', '8000', '7000']),
    ('CZ', 3, 'cs', 's.r.o.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000007', 'CZ', 8, '', 'cz', 'Masarykova',
     array['Morava', 'Vltava', 'Šumava', 'Krkonoše', 'Bohemia', 'Labe', 'Beskydy', 'Pálava'],
     array['Tereza', 'Lucie', 'Kateřina', 'Petra', 'Veronika', 'Jana'],
     array['Jan', 'Tomáš', 'Petr', 'Jakub', 'Martin', 'Lukáš'],
     array['Nováková', 'Svobodová', 'Dvořáková', 'Černá', 'Procházková', 'Kučerová', 'Veselá',
           'Horáková',
           'Němcová', 'Marešová', 'Pokorná', 'Hájková', 'Králová', 'Benešová'],
     array['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák',
           'Němec', 'Mareš', 'Pokorný', 'Hájek', 'Král', 'Beneš'],
     array['Brno', 'Praha', 'Ostrava', 'Plzeň', 'Olomouc'],
     array['CZ064', 'CZ010', 'CZ080', 'CZ032', 'CZ071'],
     array['602 00', '110 00', '702 00', '301 00', '779 00']),
    ('NL', 3, 'nl', 'B.V.', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a000003', 'NL', 9, 'B01', 'nl', 'Stationsweg',
     array['Polder', 'Noordzee', 'Delta', 'Maas', 'Veluwe', 'Zeeland', 'Kempen', 'IJssel'],
     array['Emma', 'Sanne', 'Lotte', 'Fleur', 'Anouk', 'Eva'],
     array['Daan', 'Bram', 'Sem', 'Thijs', 'Ruben', 'Jeroen'],
     array['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer',
           'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Hendriks'],
     array['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer',
           'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Hendriks'],
     array['Eindhoven', 'Rotterdam', 'Utrecht', 'Groningen', 'Zwolle'],
     array['NL414', 'NL33C', 'NL310', 'NL113', 'NL211'],
     array['5611 AB', '3011 AA', '3511 AA', '9711 AA', '8011 AA']),
    ('IE', 2, 'en', 'Ltd', '0b5f1c52-6f4e-4c1e-9a53-1f0d2a00000a', 'IE', 7, 'T', 'ie', 'Main Street',
     array['Shannon', 'Liffey', 'Atlantic', 'Burren', 'Emerald', 'Connacht', 'Wicklow', 'Lee Valley'],
     array['Aoife', 'Siobhán', 'Niamh', 'Ciara', 'Emma', 'Sarah'],
     array['Seán', 'Conor', 'Cian', 'Darragh', 'Patrick', 'Eoin'],
     array['Murphy', 'Kelly', 'O''Sullivan', 'Walsh', 'O''Brien', 'Byrne', 'Ryan', 'O''Connor',
           'McCarthy', 'Doyle', 'Gallagher', 'Kennedy', 'Lynch', 'Murray'],
     array['Murphy', 'Kelly', 'O''Sullivan', 'Walsh', 'O''Brien', 'Byrne', 'Ryan', 'O''Connor',
           'McCarthy', 'Doyle', 'Gallagher', 'Kennedy', 'Lynch', 'Murray'],
     array['Cork', 'Dublin', 'Galway', 'Limerick', 'Waterford'],
     array['IE053', 'IE061', 'IE042', 'IE051', 'IE052'],
     array['T12 X5R2', 'D02 Y006', 'H91 E2K3', 'V94 T9PX', 'X91 K0EK']),
    ('EE', 1, 'et', 'OÜ', null, 'EE', 9, '', 'ee', 'Pärnu maantee',
     array['Toompea', 'Saare', 'Emajõe', 'Peipsi', 'Kalevi', 'Hiiu', 'Narva', 'Läänemere'],
     array['Kadri', 'Liis', 'Maarja', 'Triin', 'Kristiina', 'Anu'],
     array['Martin', 'Andres', 'Rasmus', 'Kristjan', 'Tõnu', 'Siim'],
     array['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves',
           'Oja', 'Põder', 'Karu', 'Lepik', 'Kallas', 'Koppel'],
     array['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves',
           'Oja', 'Põder', 'Karu', 'Lepik', 'Kallas', 'Koppel'],
     array['Tallinn', 'Tartu'], array['EE001', 'EE008'], array['10111', '50090']);

-- One row per unit of weight. Company n takes the slot its point of the golden-ratio sequence (n * 0.618... mod 1)
-- falls in: spread like random numbers, but even, so each country gets its share of companies almost exactly.
create temporary table dp_country_slot on commit drop as
select (row_number() over (order by c.weight desc, c.code, w) - 1)::int as slot, c.code
from dp_country c, generate_series(1, c.weight) w;

-- NACE Rev. 2 classes (shared/data/nace-rev2-divisions.csv gives their divisions' sections), weighted towards the
-- trades, services and workshops small companies run, each with the word a company name takes and what it is.
create temporary table dp_activity (code varchar, section varchar, word varchar, kind varchar, weight int)
    on commit drop;

insert into dp_activity values
    ('01.13', 'A', 'Greenhouse', 'greenhouse vegetable grower', 2), ('01.21', 'A', 'Vineyards', 'vineyard', 2),
    ('03.21', 'A', 'Aquaculture', 'sea bream and mussel farm', 1), ('10.41', 'C', 'Olive Oil', 'olive oil mill', 2),
    ('10.71', 'C', 'Bakery', 'artisan bakery', 3), ('10.73', 'C', 'Pasta', 'pasta maker', 1),
    ('11.02', 'C', 'Wines', 'winery', 2), ('13.20', 'C', 'Textiles', 'weaver of technical fabrics', 1),
    ('14.13', 'C', 'Fashion', 'clothing manufacturer', 2), ('15.20', 'C', 'Footwear', 'shoe maker', 1),
    ('16.23', 'C', 'Timber', 'joinery and timber frame builder', 2),
    ('20.30', 'C', 'Coatings', 'paint and coatings producer', 1),
    ('22.29', 'C', 'Plastics', 'plastic parts moulder', 1),
    ('23.41', 'C', 'Ceramics', 'ceramics workshop', 1), ('25.62', 'C', 'Precision', 'precision machining workshop', 3),
    ('26.51', 'C', 'Instruments', 'maker of measuring instruments', 1),
    ('27.40', 'C', 'Lighting', 'lighting manufacturer', 1), ('28.29', 'C', 'Machinery', 'machinery builder', 2),
    ('30.12', 'C', 'Marine', 'boat builder', 1), ('31.09', 'C', 'Furniture', 'furniture maker', 2),
    ('32.50', 'C', 'Medical', 'maker of dental and medical devices', 1),
    ('33.12', 'C', 'Service', 'machinery repair and maintenance firm', 1),
    ('35.11', 'D', 'Solar', 'solar power producer', 1), ('38.32', 'E', 'Recycling', 'recycler of sorted materials', 1),
    ('41.20', 'F', 'Construction', 'building contractor', 3), ('43.21', 'F', 'Electric', 'electrical installer', 2),
    ('43.22', 'F', 'Thermo', 'plumbing and heating installer', 2), ('45.20', 'G', 'Motors', 'car repair workshop', 2),
    ('46.34', 'G', 'Beverages', 'wholesaler of wines and beverages', 1),
    ('46.69', 'G', 'Trading', 'machinery wholesaler', 2), ('47.91', 'G', 'Online', 'online shop', 3),
    ('49.41', 'H', 'Logistics', 'road haulage company', 2), ('52.29', 'H', 'Freight', 'freight forwarder', 1),
    ('55.10', 'I', 'Hotels', 'family hotel', 3), ('56.10', 'I', 'Kitchen', 'restaurant', 3),
    ('58.11', 'J', 'Editions', 'book publisher', 1), ('62.01', 'J', 'Software', 'software studio', 5),
    ('62.02', 'J', 'Digital', 'IT consultancy', 3), ('63.11', 'J', 'Data', 'data processing and hosting firm', 1),
    ('69.20', 'M', 'Accounting', 'accounting practice', 2), ('70.22', 'M', 'Consulting', 'management consultancy', 3),
    ('71.12', 'M', 'Engineering', 'engineering office', 3), ('72.19', 'M', 'Labs', 'materials research laboratory', 1),
    ('73.11', 'M', 'Media', 'advertising agency', 2), ('74.10', 'M', 'Design', 'design studio', 2),
    ('79.12', 'N', 'Travel', 'tour operator', 2), ('82.30', 'N', 'Events', 'event and conference organiser', 1),
    ('85.59', 'P', 'Academy', 'vocational training centre', 1), ('86.23', 'Q', 'Dental', 'dental practice', 1),
    ('90.03', 'R', 'Arts', 'artists'' studio', 1), ('95.11', 'S', 'Repair', 'computer repair shop', 1),
    ('96.02', 'S', 'Beauty', 'hair and beauty salon', 1);

create temporary table dp_activity_slot on commit drop as
select (row_number() over (order by a.code, w) - 1)::int as slot, a.code
from dp_activity a, generate_series(1, a.weight) w;

-- What a company wants from an exchange, in words, and the learning project an application of each kind starts with.
create temporary table dp_collaboration (
    ord int, type varchar, goal varchar, objective_sender varchar, objective_host varchar, outcomes varchar,
    plan varchar
) on commit drop;

insert into dp_collaboration values
    (1, 'MARKET_RESEARCH', 'understand buyers in other European markets',
     'Learn how customers in the host''s market choose and buy', 'Hear how its products are seen from abroad',
     'A short market study and a list of first contacts for both companies',
     'Week 1 with the sales team, weeks 2-3 customer visits and a trade fair, week 4 a written market study'),
    (2, 'PRODUCT_DEVELOPMENT', 'develop new products with a foreign partner',
     'Learn the host''s product development method', 'Test a new product idea with a partner from another market',
     'A joint prototype or product specification',
     'Weeks 1-2 in the development team, weeks 3-4 a joint prototype, then tests with customers'),
    (3, 'INTERNATIONALISATION', 'find distributors and clients abroad',
     'Learn how the host exports and finds distributors', 'Find a partner that opens the sender''s home market',
     'A first joint offer and two introductions to buyers',
     'Week 1 export desk, weeks 2-3 meetings with distributors, week 4 a joint sales plan'),
    (4, 'TRAINING', 'train its staff in a partner company',
     'Learn a production or service skill the host is known for', 'Pass on its know-how and meet a new supplier',
     'New working methods introduced back home within three months',
     'Weeks 1-3 on the job next to an experienced colleague, week 4 own tasks and a lessons-learnt report'),
    (5, 'JOINT_RESEARCH', 'start joint research with a partner',
     'Learn the host''s testing and research methods', 'Run tests it cannot run alone with a partner''s materials',
     'A joint test series and a proposal for a research project',
     'Weeks 1-2 in the laboratory, weeks 3-4 a joint test series, then a written proposal'),
    (6, 'EXISTING_COLLABORATION', 'deepen a partnership it already has',
     'Learn how the partner company organises the work the two share', 'Bring the partnership to a second product',
     'A written cooperation agreement for the next two years',
     'Week 1 the partner''s operations, weeks 2-3 shared projects, week 4 the next year''s plan'),
    (7, 'OTHER', 'exchange know-how with a peer company',
     'Learn how a peer company abroad is managed', 'Compare its own practice with a peer''s',
     'A list of practices both companies adopt',
     'Weeks 1-2 shadowing the managers, weeks 3-4 a joint review of both companies');

-- The companies. NEW ones registered since the call opened: company i of 390 on day 149.5 * (i / 390)^(1 / 1.35)
-- (give or take), so registrations grow over the months. RETURNING ones (110) registered for earlier calls and came
-- back: they explain why the first mobilities of the call were approved within weeks. Six large companies host only.
create temporary table dp_sme_base on commit drop as
select 'NEW' as cohort, i as n,
       149.5 * power(greatest(i - 0.5 + 0.8 * (pg_temp.dp_random('sme:t:' || i) - 0.5), 0.05) / 390,
                     1 / 1.35) as t_reg
from generate_series(1, 390) i
union all
select 'RETURNING', 1000 + i, -(60 + 700 * pg_temp.dp_random('sme:t:' || (1000 + i)))
from generate_series(1, 110) i;

create temporary table dp_sme on commit drop as
select b.n, b.cohort, pg_temp.dp_id('sme:' || b.n) as id, c.code as country, c.facilitator, act.code as nace,
       act.section, act.word, act.kind, b.t_reg, c.suffix, c.lang, c.tld, c.street, c.male_last,
       c.stems[1 + floor(pg_temp.dp_random('sme:stem:' || b.n) * cardinality(c.stems))::int] as stem,
       1 + floor(pg_temp.dp_random('sme:city:' || b.n) * cardinality(c.cities))::int as city_index,
       c.vat_head || lpad(((b.n::bigint * 48271 + 1234567) % (10::bigint ^ c.vat_digits)::bigint)::text,
                          c.vat_digits, '0') || c.vat_tail as vat,
       size.size_class, size.headcount,
       round((size.headcount * (55000 + 95000 * pg_temp.dp_random('sme:turnover:' || b.n)))::numeric, -3) as turnover,
       role.sends, role.hosts
from dp_sme_base b
join dp_country_slot cs
    on cs.slot = floor((b.n * 0.6180339887 - floor(b.n * 0.6180339887)) * (select count(*) from dp_country_slot))::int
join dp_country c on c.code = cs.code
join dp_activity_slot s
    on s.slot = floor(pg_temp.dp_random('sme:nace:' || b.n) * (select count(*) from dp_activity_slot))::int
join dp_activity act on act.code = s.code
cross join lateral (select pg_temp.dp_random('sme:size:' || b.n) as r,
                           pg_temp.dp_random('sme:headcount:' || b.n) as h) pick
cross join lateral (select case when pick.r < 0.58 then 'MICRO' when pick.r < 0.88 then 'SMALL' else 'MEDIUM' end
                               as size_class,
                           case when pick.r < 0.58 then 1 + floor(pick.h * 9)::int
                                when pick.r < 0.88 then 10 + floor(pick.h * 40)::int
                                else 50 + floor(pick.h * pick.h * 199)::int end as headcount) size
cross join lateral (select pg_temp.dp_random('sme:role:' || b.n) as r) role_pick
cross join lateral (select role_pick.r < case b.cohort when 'NEW' then 0.80 else 0.92 end as sends,
                           role_pick.r >= case b.cohort when 'NEW' then 0.38 else 0.45 end as hosts) role;

-- Names as small companies take them: the family's name and the trade, a regional name and the trade, or two
-- partners' names; a company whose name another of its country already has takes another family name, or its city.
create temporary table dp_sme_name on commit drop as
with picked as (
    select s.n, s.country, s.suffix, s.word, s.stem, s.male_last, c.cities[s.city_index] as city,
           pg_temp.dp_random('sme:name:' || s.n) as pattern,
           floor(pg_temp.dp_random('sme:family:' || s.n) * cardinality(s.male_last))::int as family
    from dp_sme s join dp_country c on c.code = s.country),
first_choice as (
    select *, case when pattern < 0.55 then male_last[1 + family] || ' ' || word
                   when pattern < 0.85 then stem || ' ' || word
                   else male_last[1 + family] || ' & ' || male_last[1 + (family + 3) % cardinality(male_last)]
              end as core
    from picked),
second_choice as (
    select n, country, suffix, city,
           case when row_number() over (partition by country, core order by n) = 1 then core
                else male_last[1 + (family + 1) % cardinality(male_last)] || ' ' || word end as core
    from first_choice),
last_choice as (
    select n, suffix, case when row_number() over (partition by country, core order by n) = 1 then core
                           else core || ' ' || city end as core
    from second_choice)
select n, core || ' ' || suffix as legal_name, pg_temp.dp_slug(core) as slug
from last_choice;

-- Verification: most registrations are decided within the 15 working days (ProgrammeCalendar), a tail takes longer;
-- some are put on hold (and verified once the company answers, or not yet), a few rejected. Decisions still to come
-- leave the registration pending.
create temporary table dp_sme_review on commit drop as
select s.n, s.t_reg, fate.kind, decided.t_first,
       case when fate.kind = 'HOLD_THEN_VERIFY' then decided.t_first + 3 + 12 * pg_temp.dp_random('sme:answer:' || s.n)
           end as t_second
from dp_sme s
cross join lateral (select case when s.cohort = 'RETURNING' then 'VERIFY'
                                when r < 0.82 then 'VERIFY' when r < 0.91 then 'HOLD_THEN_VERIFY'
                                when r < 0.94 then 'HOLD' else 'REJECT' end as kind
                    from (select pg_temp.dp_random('sme:fate:' || s.n) as r) pick) fate
cross join lateral (select s.t_reg + 1.4 * case when s.cohort = 'RETURNING' then 2 + 6 * r2
                                                when r1 < 0.70 then 2 + 10 * r2
                                                when r1 < 0.90 then 12 + 6 * r2 else 18 + 14 * r2 end as t_first
                    from (select pg_temp.dp_random('sme:review:' || s.n) as r1,
                                 pg_temp.dp_random('sme:review-days:' || s.n) as r2) pick) decided;

-- The six large companies: they host staff of SMEs, send none, and are not SMEs in the KPIs.
insert into dp_sme (n, cohort, id, country, facilitator, nace, section, word, kind, t_reg, suffix, lang, tld, street,
                    male_last, stem, city_index, vat, size_class, headcount, turnover, sends, hosts)
select l.n, 'LARGE', pg_temp.dp_id('sme:' || l.n), c.code, c.facilitator, l.nace, l.section, null, l.kind, l.t_reg,
       l.suffix, c.lang, c.tld, c.street, c.male_last, null, l.city_index,
       c.vat_head || lpad(((l.n::bigint * 48271 + 1234567) % (10::bigint ^ c.vat_digits)::bigint)::text,
                          c.vat_digits, '0') || c.vat_tail,
       'LARGE', l.headcount, l.turnover, false, true
from (values (2001, 'IT', '30.11', 'C', 'shipyard building ferries and superyachts', 12.0, 'S.p.A.', 8, 1450,
              420000000),
             (2002, 'DE', '28.29', 'C', 'builder of packaging machines', -300.0, 'AG', 6, 820, 180000000),
             (2003, 'ES', '52.29', 'H', 'logistics group with rail and road terminals', 40.0, 'S.A.', 4, 2300,
              390000000),
             (2004, 'CZ', '28.22', 'C', 'maker of cranes and lifting equipment', -120.0, 'a.s.', 4, 640, 95000000),
             (2005, 'PT', '61.10', 'J', 'telecommunications operator', 75.0, 'S.A.', 2, 3100, 870000000),
             (2006, 'NL', '10.89', 'C', 'food producer supplying supermarkets', -500.0, 'N.V.', 2, 510, 140000000))
    as l (n, country, nace, section, kind, t_reg, suffix, city_index, headcount, turnover)
join dp_country c on c.code = l.country;

insert into dp_sme_name
values (2001, 'Adriatica Cantieri Navali S.p.A.', 'adriatica-cantieri'),
       (2002, 'Rhein Verpackungsmaschinen AG', 'rhein-verpackung'),
       (2003, 'Ibérica Logística Integral S.A.', 'iberica-logistica'),
       (2004, 'Vltava Zdvihací Technika a.s.', 'vltava-zdvihaci'),
       (2005, 'Lusitana Telecomunicações S.A.', 'lusitana-telecom'),
       (2006, 'Polder Voedingsmiddelen N.V.', 'polder-voeding');

insert into dp_sme_review
select n, t_reg, 'VERIFY', t_reg + 5, null from dp_sme where cohort = 'LARGE';

-- Each company's state today (day 149.9) and the day it was verified, if it is.
create temporary table dp_sme_state on commit drop as
select r.n,
       case when r.t_first > 149.9 then 'PENDING_VERIFICATION'
            when r.kind = 'VERIFY' then 'VERIFIED'
            when r.kind = 'REJECT' then 'REJECTED'
            when r.kind = 'HOLD' or r.t_second > 149.9 then 'ON_HOLD'
            else 'VERIFIED' end as status,
       case when r.t_first <= 149.9 and r.kind = 'VERIFY' then r.t_first
            when r.t_second <= 149.9 then r.t_second end as t_verified
from dp_sme_review r;

-- The people of the sending companies: one to three each, employees more than managers or owners.
create temporary table dp_person on commit drop as
select s.n, k, pg_temp.dp_id('participant:' || s.n || ':' || k) as id, s.id as sme_id,
       case when g.r < 0.46 then 'FEMALE' when g.r < 0.91 then 'MALE' when g.r < 0.93 then 'OTHER' end as gender,
       case when ro.r < 0.58 then 'EMPLOYEE' when ro.r < 0.82 then 'MANAGER' else 'OWNER' end as role,
       pg_temp.dp_random('person:disability:' || s.n || ':' || k) < 0.045 as has_disability,
       pg_temp.dp_random('person:consent:' || s.n || ':' || k) < 0.6 as catalogue_consent,
       pg_temp.dp_random('person:title:' || s.n || ':' || k) as r_title,
       pg_temp.dp_random('person:english:' || s.n || ':' || k) as r_english,
       -- A first name from the list of the person's gender (either list when none or OTHER is declared), never the
       -- same as a colleague's, so the e-mail addresses of a company differ.
       case when g.r < 0.46 or (g.r >= 0.91 and g.r2 < 0.5) then c.female[1 + (f.h + k) % cardinality(c.female)]
            else c.male[1 + (f.h + k) % cardinality(c.male)] end as first_name,
       case when g.r < 0.46 or (g.r >= 0.91 and g.r2 < 0.5)
            then c.female_last[1 + floor(l.r * cardinality(c.female_last))::int]
            else c.male_last[1 + floor(l.r * cardinality(c.male_last))::int] end as last_name,
       c.lang
from dp_sme s
join dp_country c on c.code = s.country
cross join lateral generate_series(1, 1 + (pg_temp.dp_random('sme:people:' || s.n) < 0.55)::int
                                      + (pg_temp.dp_random('sme:people:' || s.n) < 0.15)::int) k
cross join lateral (select pg_temp.dp_random('person:gender:' || s.n || ':' || k) as r,
                           pg_temp.dp_random('person:either:' || s.n || ':' || k) as r2) g
cross join lateral (select pg_temp.dp_random('person:role:' || s.n || ':' || k) as r) ro
cross join lateral (select floor(pg_temp.dp_random('person:first:' || s.n) * 6)::int as h) f
cross join lateral (select pg_temp.dp_random('person:last:' || s.n || ':' || k) as r) l
where s.sends;

-- The applications: who sends whom and when the draft was made. A returning company drafts within the call's first
-- weeks, often with the partner it knows; a new one some time after its verification, if at all. At most two per
-- company (the call's limit), one per person.
create temporary table dp_plan_base on commit drop as
select s.n as sme_n, application.k, pg_temp.dp_id('application:' || s.n || ':' || application.k) as id, s.cohort,
       s.id as sender, s.country as sender_country, s.facilitator as sending_facilitator, p.id as participant,
       p.first_name as participant_name,
       first.t + case when application.k = 1 then 0
                      when s.cohort = 'RETURNING' then 3 + 25 * second.r else 5 + 35 * second.r end as t0
from dp_sme s
join dp_sme_state st on st.n = s.n
cross join lateral (select case s.cohort when 'RETURNING'
                                then 0.3 + 60 * power(pg_temp.dp_random('app:draft:' || s.n), 2)
                                else st.t_verified + 1 + 30 * power(pg_temp.dp_random('app:draft:' || s.n), 1.5)
                            end as t,
                           pg_temp.dp_random('app:applies:' || s.n) as r) first
cross join lateral (select pg_temp.dp_random('app:second:' || s.n) as r) second
cross join lateral generate_series(1, case s.cohort when 'RETURNING' then 1 + (second.r < 0.75)::int
                                                   else (first.r < 0.6)::int + (first.r < 0.6 and second.r < 0.25)::int
                                      end) application (k)
join dp_person p on p.n = s.n and p.k = application.k
where s.cohort <> 'LARGE' and st.status = 'VERIFIED' and s.facilitator is not null;

delete from dp_plan_base where t0 > 149.9;

-- The day of every step an application would take on its way to closing: days as a draft, days waiting for and in
-- review (4 to 17 working days mostly, a tail of up to 32 beyond the 15 the call allows, sometimes a hold and the
-- company's answer), matching (days for a returning company, weeks for a new one, sometimes after a declined
-- proposal), three signatures, the approval, insurance, a stay of one or two months, the three final reports and the
-- closing. Its fate may cut that short: rejected in review, withdrawn by the company (early, or when no host was
-- found), cancelled after approval, or a draft never submitted. Steps after day 149.9 have not happened yet.
-- Each day counts on from the one before; "offset 0" keeps every step's lateral a subquery computed once per
-- application: folded into the next one, the chain would be copied into every later step, doubling at each.
create temporary table dp_plan on commit drop as
select b.*, fate.kind as fate, submit.t1, review_start.t2, hold.t3, answer.t4, decision.t5, review.working_days,
       first_proposal.t6, declining.t7, proposal.t8, acceptance.t9, sign_sender.t10, sign_host.t11,
       sign_facilitator.t12, approval.t13, insurance.t14, arrival.t15, departure.t16, report_participant.t17,
       report_sender.t18, report_host.t19, closing.t20, stay.planned_start, stay_end.planned_end,
       case fate.kind when 'WITHDRAW_EARLY' then b.t0 + (decision.t5 - b.t0) * (0.1 + 0.8 * fate.r)
                      when 'WITHDRAW_UNMATCHED' then decision.t5 + 35 + 45 * fate.r
                      when 'CANCEL' then approval.t13 + lead.days * (0.3 + 0.6 * fate.r) end as tw
from dp_plan_base b
cross join lateral (select case when b.cohort = 'RETURNING' then 1 + 6 * r else 1 + 14 * power(r, 1.5) end as days
                    from (select pg_temp.dp_random(b.id || ':drafting') as r) pick offset 0) drafting
cross join lateral (select b.t0 + drafting.days as t1 offset 0) submit
cross join lateral (select submit.t1 + 0.1 + 3 * pg_temp.dp_random(b.id || ':waiting') as t2 offset 0) review_start
cross join lateral (select case when r < 0.5 then 4 + 9 * r2 when r < 0.72 then 13 + 4 * r2 else 17 + 15 * r2 end
                               as working_days
                    from (select pg_temp.dp_random(b.id || ':review') as r,
                                 pg_temp.dp_random(b.id || ':review-days') as r2) pick offset 0) review
cross join lateral (select case when pg_temp.dp_random(b.id || ':holds') < 0.25
                                then review_start.t2 + 0.4 * 1.4 * review.working_days end as t3 offset 0) hold
cross join lateral (select hold.t3 + 3 + 17 * pg_temp.dp_random(b.id || ':answers') as t4 offset 0) answer
cross join lateral (select review_start.t2 + 1.4 * review.working_days + coalesce(answer.t4 - hold.t3, 0) as t5
                    offset 0) decision
cross join lateral (select case when pg_temp.dp_random(b.id || ':declined')
                                     < case b.cohort when 'RETURNING' then 0.1 else 0.6 end
                                then decision.t5 + case b.cohort when 'RETURNING' then 1 + 4 * r else 3 + 25 * r end
                           end as t6
                    from (select pg_temp.dp_random(b.id || ':first-proposal') as r) pick offset 0) first_proposal
cross join lateral (select first_proposal.t6 + 3 + 11 * pg_temp.dp_random(b.id || ':declines') as t7 offset 0) declining
cross join lateral (select coalesce(declining.t7, decision.t5)
                               + case b.cohort when 'RETURNING' then 1 + 4 * r else 20 + 80 * power(r, 1.3) end as t8
                    from (select pg_temp.dp_random(b.id || ':proposal') as r) pick offset 0) proposal
cross join lateral (select proposal.t8 + case b.cohort when 'RETURNING' then 1 + 5 * r else 2 + 12 * r end as t9
                    from (select pg_temp.dp_random(b.id || ':accepts') as r) pick offset 0) acceptance
cross join lateral (select acceptance.t9 + case b.cohort when 'RETURNING' then 1 + 5 * r else 3 + 12 * r end as t10
                    from (select pg_temp.dp_random(b.id || ':sender-signs') as r) pick offset 0) sign_sender
cross join lateral (select sign_sender.t10 + case b.cohort when 'RETURNING' then 1 + 6 * r else 3 + 14 * r end as t11
                    from (select pg_temp.dp_random(b.id || ':host-signs') as r) pick offset 0) sign_host
cross join lateral (select sign_host.t11 + 1 + 4 * pg_temp.dp_random(b.id || ':facilitator-signs') as t12 offset 0)
    sign_facilitator
cross join lateral (select sign_facilitator.t12 + 1 + 7 * pg_temp.dp_random(b.id || ':approves') as t13 offset 0)
    approval
cross join lateral (select case b.cohort when 'RETURNING' then 12 + 28 * r else 20 + 40 * r end as days
                    from (select pg_temp.dp_random(b.id || ':lead') as r) pick offset 0) lead
cross join lateral (select pg_temp.dp_day(approval.t13 + lead.days) as planned_start,
                           case when r < case b.cohort when 'RETURNING' then 0.7 else 0.5 end then 1 else 2 end
                               as months,
                           case when r2 < 0.4 or r >= case b.cohort when 'RETURNING' then 0.7 else 0.5 end then 0
                                else 1 + floor(19 * r2)::int end as extra_days
                    from (select pg_temp.dp_random(b.id || ':months') as r,
                                 pg_temp.dp_random(b.id || ':extra-days') as r2) pick offset 0) stay
cross join lateral (select (stay.planned_start + make_interval(months => stay.months))::date - 1 + stay.extra_days
                               as planned_end offset 0) stay_end
cross join lateral (select approval.t13 + lead.days + case when r < 0.2 then 1 + 10 * r else 0 end as t15
                    from (select pg_temp.dp_random(b.id || ':arrives-late') as r) pick offset 0) arrival
cross join lateral (select greatest(approval.t13 + 0.5, arrival.t15 - 3 - 10 * pg_temp.dp_random(b.id || ':insures'))
                               as t14 offset 0) insurance
cross join lateral (select approval.t13 + lead.days + (stay_end.planned_end - stay.planned_start)
                               - case when r < 0.1 then 3 + 90 * r else 0 end as t16
                    from (select pg_temp.dp_random(b.id || ':leaves-early') as r) pick offset 0) departure
cross join lateral (select departure.t16 + 2 + 18 * pg_temp.dp_random(b.id || ':participant-reports') as t17 offset 0)
    report_participant
cross join lateral (select report_participant.t17 + 0.5 + 7.5 * pg_temp.dp_random(b.id || ':sender-reports') as t18
                    offset 0)
    report_sender
cross join lateral (select report_sender.t18 + 1 + 13 * pg_temp.dp_random(b.id || ':host-reports') as t19 offset 0)
    report_host
cross join lateral (select report_host.t19 + 2 + 13 * pg_temp.dp_random(b.id || ':closes') as t20 offset 0) closing
cross join lateral (select r,
                           case when b.cohort = 'RETURNING' then
                                    case when f < 0.03 then 'REJECT' when f < 0.06 then 'WITHDRAW_EARLY'
                                         when f < 0.09 then 'CANCEL' else 'CLOSE' end
                                else case when f < 0.07 then 'REJECT' when f < 0.10 then 'WITHDRAW_EARLY'
                                          when f < 0.13 then 'ABANDON' when f < 0.19 then 'WITHDRAW_UNMATCHED'
                                          when f < 0.21 then 'CANCEL' else 'CLOSE' end end as kind
                    from (select pg_temp.dp_random(b.id || ':fate') as f,
                                 pg_temp.dp_random(b.id || ':fate-day') as r) pick offset 0) fate;

-- The host each application is matched with, and the one that declined first where one did: companies that host,
-- verified before the application became eligible, in another country than the sender. A large company, with room
-- for more people, is picked four times as often (weighted sampling: the largest random ^ (1 / weight) wins).
create temporary table dp_host on commit drop as
select p.id as application,
       max(h.id::text) filter (where h.rank = 1)::uuid as host,
       max(h.id::text) filter (where h.rank = 2)::uuid as declined_host
from dp_plan p
cross join lateral (select s.id, row_number() over (order by draw.key desc) as rank
                    from dp_sme s
                    join dp_sme_state st on st.n = s.n
                    cross join lateral (select power(pg_temp.dp_random(p.id || ':host:' || s.n),
                                                     case when s.size_class = 'LARGE' then 0.25 else 1 end) as key)
                        draw
                    where s.hosts and st.status = 'VERIFIED' and st.t_verified < p.t5 and s.country <> p.sender_country
                    order by draw.key desc
                    limit 2) h
group by p.id;

-- Every step that would be taken, numbered in the order of their days.
create temporary table dp_step_all on commit drop as
select p.id as application, v.position, v.t, v.role, v.action, v.from_status, v.to_status, v.reason, v.revision,
       v.party, v.host
from dp_plan p
join dp_host h on h.application = p.id
cross join lateral (select floor(pg_temp.dp_random(p.id || ':words') * 4)::int as w) words
cross join lateral (values
    (0, p.t0, 'sme', null, null, 'DRAFT', 'Drafted', 1, null, null::uuid),
    (1, p.t1, 'sme', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'Ready for review', null, null, null),
    (2, p.t2, 'facilitator', 'START_REVIEW', 'SUBMITTED', 'UNDER_REVIEW', null, null, null, null),
    (3, p.t3, 'facilitator', 'HOLD', 'UNDER_REVIEW', 'ON_HOLD',
     (array['Please add what the host company will gain from the stay.',
            'The participant''s employment contract is missing: please upload it.',
            'Please give the planned dates of the stay.',
            'The activity plan is too vague: please describe each week.'])[1 + words.w], null, null, null),
    (4, p.t4, 'sme', 'RESPOND', 'ON_HOLD', 'UNDER_REVIEW',
     (array['Objectives for the host added.', 'Employment contract uploaded.', 'Planned dates added.',
            'Activity plan written week by week.'])[1 + words.w], null, null, null),
    (5, p.t5, 'facilitator', case when p.fate = 'REJECT' then 'REJECT' else 'DECLARE_ELIGIBLE' end, 'UNDER_REVIEW',
     case when p.fate = 'REJECT' then 'REJECTED' else 'ELIGIBLE' end,
     case when p.fate = 'REJECT'
          then (array['The participant is not employed by the sending company.',
                      'The stay would fill a staff gap at the host: the programme is for learning.',
                      'The learning project describes ordinary work for a client, not learning.',
                      'The participant is a freelancer working for the company, not its staff.'])[1 + words.w] end,
     null, null, null),
    (6, p.t6, 'sme', 'PROPOSE', 'ELIGIBLE', 'ELIGIBLE',
     p.participant_name || (array[' would like to learn how your team works.',
                                  ' is keen to spend the stay with your team.',
                                  ' would bring our experience and learn yours.',
                                  ' would like to see your company from the inside.'])[1 + words.w],
     null, null, h.declined_host),
    (7, p.t7, 'sme', 'DECLINE_PROPOSAL', 'ELIGIBLE', 'ELIGIBLE',
     (array['Sorry, our team is fully booked in those months.', 'We cannot host anyone in the planned period.',
            'Not a fit for our current projects, good luck.', 'We are moving premises then; maybe next year.'])
         [1 + words.w], null, null, h.declined_host),
    (8, p.t8, 'sme', 'PROPOSE', 'ELIGIBLE', 'ELIGIBLE',
     p.participant_name || (array[' would like to learn how you work with customers abroad.',
                                  ' hopes to join your team for the stay.',
                                  ' wants to learn your methods and share ours.',
                                  ' would like to work alongside your staff.'])[1 + (words.w + 1) % 4],
     null, null, h.host),
    (9, p.t9, 'sme', 'ACCEPT_PROPOSAL', 'ELIGIBLE', 'MATCHED',
     (array['Welcome; there is a desk for you in our team.', 'Happy to host; our team speaks English.',
            'Yes, the dates suit us.', 'Gladly, we look forward to it.'])[1 + words.w], null, null, h.host),
    (10, p.t10, 'sme', 'SIGN', 'MATCHED', 'MATCHED', null, 1, 'SENDING_SME', null),
    (11, p.t11, 'sme', 'SIGN', 'MATCHED', 'MATCHED', null, 1, 'HOST_SME', null),
    (12, p.t12, 'facilitator', 'SIGN', 'MATCHED', 'AGREEMENT_SIGNED', 'All parties signed revision 1', 1,
     'SENDING_FACILITATOR', null),
    (13, p.t13, 'facilitator', 'APPROVE', 'AGREEMENT_SIGNED', 'APPROVED', null, null, null, null),
    (14, p.t14, 'sme', 'CONFIRM_INSURANCE', 'APPROVED', 'APPROVED', null, null, null, null),
    (15, p.t15, 'sme', 'CONFIRM_ARRIVAL', 'APPROVED', 'IN_PROGRESS', null, null, null, null),
    (16, p.t16, 'sme', 'CONFIRM_DEPARTURE', 'IN_PROGRESS', 'COMPLETED', null, null, null, null),
    (17, p.t17, 'sme', 'REPORT', 'COMPLETED', 'COMPLETED', null, null, 'PARTICIPANT', null),
    (18, p.t18, 'sme', 'REPORT', 'COMPLETED', 'COMPLETED', null, null, 'SENDING_SME', null),
    (19, p.t19, 'sme', 'REPORT', 'COMPLETED', 'REPORTED', 'All final reports in', null, 'HOST_SME', null),
    (20, p.t20, 'facilitator', 'CLOSE', 'REPORTED', 'CLOSED', 'Final reports checked', null, null, null))
    as v (position, t, role, action, from_status, to_status, reason, revision, party, host)
where v.t is not null;

-- The steps taken by today, as each fate allows, and the one that ended the application early where one did.
create temporary table dp_step on commit drop as
select s.*
from dp_step_all s
join dp_plan p on p.id = s.application
where s.t <= 149.9
  and (p.tw is null or s.t < p.tw)
  and case p.fate when 'REJECT' then s.position <= 5
                  when 'ABANDON' then s.position = 0
                  when 'WITHDRAW_UNMATCHED' then s.position <= 8
                  else true end;

insert into dp_step
select p.id, 21, p.tw, case p.fate when 'CANCEL' then 'facilitator' else 'sme' end,
       case p.fate when 'CANCEL' then 'CANCEL' else 'WITHDRAW' end, last.to_status,
       case p.fate when 'CANCEL' then 'CANCELLED' else 'WITHDRAWN' end,
       case p.fate
           when 'CANCEL' then (array['The participant left the company before the stay.',
                                     'The host had to close the department concerned.',
                                     'The participant fell ill shortly before the stay.'])
                                  [1 + floor(pg_temp.dp_random(p.id || ':why') * 3)::int]
           when 'WITHDRAW_UNMATCHED' then (array['No host found for the planned dates.',
                                                 'We will apply again next year with more time to find a host.'])
                                              [1 + floor(pg_temp.dp_random(p.id || ':why') * 2)::int]
           else (array['The participant changed jobs.', 'Too much work this season; we postpone.',
                       'The participant cannot leave the family for a month after all.'])
                    [1 + floor(pg_temp.dp_random(p.id || ':why') * 3)::int] end,
       null, null, null
from dp_plan p
cross join lateral (select s.to_status from dp_step s where s.application = p.id order by s.position desc limit 1) last
where p.tw <= 149.9;

-- Each application as its steps left it (MobilityApplication): its status, the host once matched, the review's due
-- date while it waits for the facilitator (15 working days from the submission, the days on hold not counted), the
-- working days left while on hold, the report deadline once the stay is over, the signatures and reports in, the
-- insurance, and the actual dates of the stay.
create temporary table dp_application on commit drop as
select p.*, h.host as host_sme_id, host.facilitator as host_facilitator, last.to_status as status, last.t as t_last,
       taken.count as steps, taken.positions,
       pg_temp.dp_working_days_after(pg_temp.dp_day(p.t1), 15) as first_due
from dp_plan p
join dp_host h on h.application = p.id
left join dp_sme host on host.id = h.host
cross join lateral (select s.to_status, s.t from dp_step s where s.application = p.id order by s.position desc limit 1)
    last
cross join lateral (select count(*) as count, array_agg(s.position) as positions from dp_step s
                    where s.application = p.id) taken;

-- How many stays each host has agreed to that are not over: its capacity is at least that.
create temporary table dp_hosting on commit drop as
select host_sme_id as host, count(*) as upcoming
from dp_application
where status in ('MATCHED', 'AGREEMENT_SIGNED', 'APPROVED', 'IN_PROGRESS') and 9 = any (positions)
group by host_sme_id;

create temporary table dp_insurer (country varchar, name varchar) on commit drop;
insert into dp_insurer values ('IT', 'Generali'), ('ES', 'Mapfre'), ('PT', 'Fidelidade'), ('GR', 'Interamerican'),
                              ('HR', 'Croatia osiguranje'), ('PL', 'PZU'), ('DE', 'Allianz'), ('FR', 'AXA'),
                              ('AT', 'Uniqa'), ('SI', 'Zavarovalnica Triglav'), ('RO', 'Groupama'), ('BG', 'Bulstrad'),
                              ('CZ', 'Kooperativa'), ('NL', 'Achmea'), ('IE', 'FBD'), ('EE', 'ERGO');

-- The rows. Companies first, then their decisions and people, then the applications and what belongs to them; what
-- belongs to a company or an application only with it, when it is new.
create temporary table dp_new_sme (id uuid) on commit drop;

with inserted as (
    insert into sme (id, legal_name, country, nuts_region, street, postal_code, city, website, vat_number, nace_code,
                     nace_version, nace_section, founding_year, staff_headcount, annual_turnover, balance_sheet_total,
                     size_class, languages, collaboration_offered, collaboration_sought, target_markets, sends_staff,
                     hosts_staff, hosting_capacity, description, catalogue_consent, facilitator_id, status,
                     submitted_at, review_due_on, version, created_at, created_by, updated_at, updated_by)
    select s.id, name.legal_name, s.country, c.nuts[s.city_index], c.street || ' ' || (1 + s.n % 97),
           c.postcodes[s.city_index], c.cities[s.city_index],
           case when pg_temp.dp_random('sme:website:' || s.n) < 0.8
                then 'https://www.' || name.slug || '.example.' || s.tld end,
           s.vat, s.nace, 'REV_2', s.section,
           case when s.size_class = 'MICRO' then 2000 + floor(24 * pg_temp.dp_random('sme:founded:' || s.n))::int
                else 1955 + floor(65 * pg_temp.dp_random('sme:founded:' || s.n))::int end,
           s.headcount, s.turnover,
           round(s.turnover * (0.4 + 0.5 * pg_temp.dp_random('sme:balance:' || s.n))::numeric, -3),
           s.size_class,
           case when s.lang = 'en' then array['en', 'ga']
                when pg_temp.dp_random('sme:third-language:' || s.n) < 0.3
                     and s.lang not in ('de', 'fr')
                then array[s.lang, 'en', (array['de', 'fr'])[1 + (s.n % 2)]]
                else array[s.lang, 'en'] end,
           array(select co.type from dp_collaboration co where co.ord in (wants.offered_1, wants.offered_2)
                 order by co.ord),
           array(select co.type from dp_collaboration co where co.ord in (wants.sought_1, wants.sought_2)
                 order by co.ord),
           array(select m.code from (select mc.code from dp_country mc where mc.code <> s.country
                                     order by md5(s.n || ':' || mc.code)
                                     limit 1 + floor(3 * pg_temp.dp_random('sme:markets:' || s.n))::int) m
                 order by m.code),
           s.sends, s.hosts,
           case when s.hosts then greatest(case when s.size_class = 'LARGE' then 4 else 2 end
                                               + floor(3 * pg_temp.dp_random('sme:capacity:' || s.n))::int,
                                           coalesce(hosting.upcoming, 0))::int
                else 0 end,
           case when s.size_class = 'LARGE'
                then 'A ' || s.kind || ' in ' || c.cities[s.city_index]
                         || '; as a large company it hosts staff of SMEs and sends none.'
                else case s.size_class when 'MICRO' then 'Family-run ' when 'SMALL' then 'Independent '
                                       else 'Established ' end || s.kind || ' in ' || c.cities[s.city_index]
                         || ' with ' || s.headcount || ' staff. It wants to ' || sought.goal
                         || case when s.hosts then ', and welcomes staff of partner companies.' else '.' end end,
           st.status = 'VERIFIED' and pg_temp.dp_random('sme:consent:' || s.n) < 0.85
               or st.status <> 'VERIFIED' and pg_temp.dp_random('sme:consent:' || s.n) < 0.7,
           s.facilitator, st.status, pg_temp.dp_at(s.t_reg),
           case when st.status = 'PENDING_VERIFICATION'
                then pg_temp.dp_working_days_after(pg_temp.dp_day(s.t_reg), 15) end,
           case when r.t_first > 149.9 then 0 when r.t_second <= 149.9 then 2 else 1 end,
           pg_temp.dp_at(s.t_reg), 'demo-programme',
           pg_temp.dp_at(case when r.t_second <= 149.9 then r.t_second when r.t_first <= 149.9 then r.t_first
                              else s.t_reg end),
           'demo-programme'
    from dp_sme s
    join dp_sme_name name on name.n = s.n
    join dp_sme_state st on st.n = s.n
    join dp_sme_review r on r.n = s.n
    join dp_country c on c.code = s.country
    left join dp_hosting hosting on hosting.host = s.id
    cross join lateral (select 1 + floor(7 * pg_temp.dp_random('sme:offers:' || s.n))::int as offered_1,
                               case when pg_temp.dp_random('sme:offers-two:' || s.n) < 0.5
                                    then 1 + (floor(7 * pg_temp.dp_random('sme:offers:' || s.n))::int + 3) % 7 end
                                   as offered_2,
                               1 + floor(7 * pg_temp.dp_random('sme:seeks:' || s.n))::int as sought_1,
                               case when pg_temp.dp_random('sme:seeks-two:' || s.n) < 0.4
                                    then 1 + (floor(7 * pg_temp.dp_random('sme:seeks:' || s.n))::int + 2) % 7 end
                                   as sought_2) wants
    join dp_collaboration sought on sought.ord = wants.sought_1
    on conflict do nothing
    returning id)
insert into dp_new_sme select id from inserted;

-- Registration, then the facilitator's decisions as far as they were taken.
insert into sme_status_change (id, sme_id, changed_at, changed_by, actor_role, from_status, to_status, reason)
select pg_temp.dp_id('sme-change:' || s.n || ':' || change.position), s.id, pg_temp.dp_at(change.t),
       'demo-programme', change.role, change.from_status, change.to_status, change.reason
from dp_sme s
join dp_new_sme new on new.id = s.id
join dp_sme_review r on r.n = s.n
cross join lateral (select floor(pg_temp.dp_random('sme:reason:' || s.n) * 2)::int as w) words
cross join lateral (values
    (0, s.t_reg, 'sme', null, 'PENDING_VERIFICATION', 'Registered'),
    (1, r.t_first, 'facilitator', 'PENDING_VERIFICATION',
     case r.kind when 'VERIFY' then 'VERIFIED' when 'REJECT' then 'REJECTED' else 'ON_HOLD' end,
     case r.kind when 'VERIFY' then (array['Chamber register extract checked.',
                                           'VAT number and register entry checked.'])[1 + words.w]
                 when 'REJECT' then (array['The company belongs to a group above the SME ceilings.',
                                           'No company register entry found for this VAT number.'])[1 + words.w]
                 else (array['Please upload the latest annual accounts.',
                             'The staff headcount differs from the register: please correct it.'])[1 + words.w] end),
    (2, r.t_second, 'facilitator', 'ON_HOLD', 'VERIFIED', 'Documents received and checked.'))
    as change (position, t, role, from_status, to_status, reason)
where change.t is not null and change.t <= 149.9
order by s.n, change.position
on conflict do nothing;

insert into participant (id, sme_id, first_name, last_name, email, role, job_title, languages, esco_occupation,
                         isco_code, has_disability, gender, catalogue_consent, erased_at, erased_by, version,
                         created_at, created_by, updated_at, updated_by)
select p.id, p.sme_id, p.first_name, p.last_name,
       pg_temp.dp_slug(p.first_name) || '.' || pg_temp.dp_slug(p.last_name) || '@' || name.slug || '.example.' || s.tld,
       p.role, job.title,
       case when p.lang = 'en' then array['en:C2', 'fr:' || english.level]
            else array[p.lang || ':C2', 'en:' || english.level] end,
       null, job.isco, p.has_disability, p.gender, p.catalogue_consent, null, null, 0,
       pg_temp.dp_at(s.t_reg + 1), 'demo-programme', pg_temp.dp_at(s.t_reg + 1), 'demo-programme'
from dp_person p
join dp_sme s on s.n = p.n
join dp_sme_name name on name.n = p.n
cross join lateral (select case when p.r_english < 0.3 then 'B1' when p.r_english < 0.75 then 'B2' else 'C1' end
                               as level) english
cross join lateral (select (array_agg(j.title order by j.ord))[1 + floor(p.r_title * count(*))::int] as title,
                           (array_agg(j.isco order by j.ord))[1 + floor(p.r_title * count(*))::int] as isco
                    from (values ('EMPLOYEE', 1, 'Export clerk', '4323'), ('EMPLOYEE', 2, 'Quality technician', '3119'),
                                 ('EMPLOYEE', 3, 'Software developer', '2512'), ('EMPLOYEE', 4, 'Designer', '2163'),
                                 ('EMPLOYEE', 5, 'Marketing specialist', '2431'), ('EMPLOYEE', 6, 'Accountant', '2411'),
                                 ('EMPLOYEE', 7, 'Sales representative', '3322'),
                                 ('EMPLOYEE', 8, 'Production operator', '8189'),
                                 ('MANAGER', 1, 'Export manager', '1221'), ('MANAGER', 2, 'Production manager', '1321'),
                                 ('MANAGER', 3, 'Operations manager', '1219'), ('MANAGER', 4, 'Sales manager', '1221'),
                                 ('OWNER', 1, 'Founder and managing director', '1120'),
                                 ('OWNER', 2, 'Co-owner', '1120'))
                             as j (role, ord, title, isco)
                    where j.role = p.role) job
on conflict do nothing;

create temporary table dp_new_application (id uuid) on commit drop;

with inserted as (
    insert into mobility_application (id, call_id, policy_version, sending_sme_id, participant_id, host_sme_id,
                                      collaboration_type, sending_facilitator_id, host_facilitator_id, status, due_on,
                                      review_days_left, project_revision, objectives_for_sender, objectives_for_host,
                                      expected_outcomes, activity_plan, planned_stay, signed_parties,
                                      reported_parties, insurance_confirmed_at, insurance_reference, actual_start,
                                      actual_end, version, created_at, created_by, updated_at, updated_by)
    select a.id, 'ca110000-0000-4000-8000-00000000de40', 1, a.sender, a.participant,
           case when 9 = any (a.positions) then a.host_sme_id end, co.type, a.sending_facilitator,
           case when 9 = any (a.positions) then a.host_facilitator end, a.status,
           case when a.status in ('SUBMITTED', 'UNDER_REVIEW') and 4 = any (a.positions)
                then pg_temp.dp_working_days_after(pg_temp.dp_day(a.t4),
                         pg_temp.dp_working_days_between(pg_temp.dp_day(a.t3), a.first_due))
                when a.status in ('SUBMITTED', 'UNDER_REVIEW') then a.first_due
                when a.status = 'COMPLETED' then pg_temp.dp_day(a.t16) + 30 end,
           case when a.status = 'ON_HOLD' then pg_temp.dp_working_days_between(pg_temp.dp_day(a.t3), a.first_due) end,
           1, array[co.objective_sender], array[co.objective_host], co.outcomes, co.plan,
           array[a.planned_start || '/' || a.planned_end],
           array(select s.party from dp_step s where s.application = a.id and s.action = 'SIGN' order by s.party),
           array(select s.party from dp_step s where s.application = a.id and s.action = 'REPORT' order by s.party),
           case when 14 = any (a.positions) then pg_temp.dp_at(a.t14) end,
           case when 14 = any (a.positions)
                then i.name || ' ' || a.sender_country || '-' || extract(year from pg_temp.dp_at(a.t14)) || '-'
                     || lpad((a.sme_n * 37 + a.k * 1009)::text, 5, '0') end,
           case when 15 = any (a.positions) then pg_temp.dp_day(a.t15) end,
           case when 16 = any (a.positions) then pg_temp.dp_day(a.t16) end,
           a.steps - 1, pg_temp.dp_at(a.t0), 'demo-programme', pg_temp.dp_at(a.t_last), 'demo-programme'
    from dp_application a
    join dp_insurer i on i.country = a.sender_country
    cross join lateral (select c.* from dp_collaboration c
                        where c.type = case when a.cohort = 'RETURNING'
                                                 and pg_temp.dp_random(a.id || ':existing') < 0.45
                                            then 'EXISTING_COLLABORATION'
                                            else (select s.collaboration_sought[1 + floor(
                                                             pg_temp.dp_random(a.id || ':kind')
                                                             * cardinality(s.collaboration_sought))::int]
                                                  from sme s where s.id = a.sender) end) co
    on conflict do nothing
    returning id)
insert into dp_new_application select id from inserted;

insert into learning_project_revision (id, application_id, revision, objectives_for_sender, objectives_for_host,
                                       expected_outcomes, activity_plan, planned_stay, created_at, created_by)
select pg_temp.dp_id('revision:' || a.id), a.id, 1, a.objectives_for_sender, a.objectives_for_host,
       a.expected_outcomes, a.activity_plan, a.planned_stay, a.created_at, 'demo-programme'
from mobility_application a
join dp_new_application new on new.id = a.id
on conflict do nothing;

insert into learning_project_signature (id, application_id, revision, party, signed_by, signed_at)
select pg_temp.dp_id('signature:' || s.application || ':' || s.party), s.application, 1, s.party, 'demo-programme',
       pg_temp.dp_at(s.t)
from dp_step s
join dp_new_application new on new.id = s.application
where s.action = 'SIGN'
on conflict do nothing;

-- The proposals: answered, still open, or closed when the application ended while they waited.
insert into match_proposal (id, application_id, host_sme_id, status, message, answer, proposed_at, proposed_by,
                            answered_at, answered_by)
select pg_temp.dp_id('proposal:' || proposed.application || ':' || proposed.position), proposed.application,
       proposed.host,
       case when answered.action = 'ACCEPT_PROPOSAL' then 'ACCEPTED' when answered.action = 'DECLINE_PROPOSAL'
            then 'DECLINED' when ended.t is not null then 'CLOSED' else 'OPEN' end,
       proposed.reason, answered.reason, pg_temp.dp_at(proposed.t), 'demo-programme',
       pg_temp.dp_at(coalesce(answered.t, ended.t)),
       case when answered.t is not null then 'demo-programme' end
from dp_step proposed
join dp_new_application new on new.id = proposed.application
left join dp_step answered on answered.application = proposed.application
    and answered.position = proposed.position + 1 and answered.action in ('ACCEPT_PROPOSAL', 'DECLINE_PROPOSAL')
left join dp_step ended on ended.application = proposed.application and ended.position = 21
where proposed.action = 'PROPOSE'
on conflict do nothing;

insert into final_report (id, application_id, party, objectives_met, new_contacts, expected_business_outcomes,
                          satisfaction, submitted_at, submitted_by)
select pg_temp.dp_id('report:' || s.application || ':' || s.party), s.application, s.party,
       case when r.met < 0.7 then 'FULLY' when r.met < 0.97 then 'PARTLY' else 'NOT' end,
       floor(9 * r.contacts)::int,
       case s.party when 'PARTICIPANT' then 'New working methods to bring home, and contacts with the host''s suppliers'
                    when 'SENDING_SME' then 'A first joint offer with the host company within the year'
                    else 'A partner in the sender''s market and a visit planned in return' end,
       case when r.met < 0.7 then 4 + (r.contacts < 0.6)::int else 3 + (r.contacts < 0.5)::int end,
       pg_temp.dp_at(s.t), 'demo-programme'
from dp_step s
join dp_new_application new on new.id = s.application
cross join lateral (select pg_temp.dp_random(s.application || ':met:' || s.party) as met,
                           pg_temp.dp_random(s.application || ':contacts:' || s.party) as contacts) r
where s.action = 'REPORT'
on conflict do nothing;

-- The histories, in the order they were written (the seq each step gets on insert is what the KPIs order by).
insert into mobility_application_step (id, application_id, occurred_at, actor, actor_role, action, from_status,
                                       to_status, reason, revision, party, host_sme_id)
select pg_temp.dp_id('step:' || s.application || ':' || s.position), s.application, pg_temp.dp_at(s.t),
       'demo-programme', s.role, s.action, s.from_status, s.to_status, s.reason, s.revision, s.party, s.host
from dp_step s
join dp_new_application new on new.id = s.application
order by s.application, s.position
on conflict do nothing;

drop function pg_temp.dp_random(text);
drop function pg_temp.dp_id(text);
drop function pg_temp.dp_at(double precision);
drop function pg_temp.dp_day(double precision);
drop function pg_temp.dp_working_days_after(date, integer);
drop function pg_temp.dp_working_days_between(date, date);
drop function pg_temp.dp_slug(text);
