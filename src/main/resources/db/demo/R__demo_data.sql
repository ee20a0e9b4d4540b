-- Demo data for dev mode only (quarkus.flyway.locations includes db/demo in %dev). Re-applied whenever this file
-- changes; every insert is idempotent. The ids are fixed so that the demo tokens (GET /dev/tokens) act for them.
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
