-- The partner client that registered the sending and the host company (issue 8): a partner portal with the scope
-- applications:read reads the applications of the companies it registered itself, and nothing else. Kept on the
-- application so that who may read it is decided from the application's own row; a company's registering client never
-- changes. Existing applications take it from their companies.
alter table mobility_application
    add column sending_sme_client varchar(200),
    add column host_sme_client    varchar(200);

update mobility_application a
set sending_sme_client = (select s.external_client from sme s where s.id = a.sending_sme_id),
    host_sme_client    = (select s.external_client from sme s where s.id = a.host_sme_id);

create index mobility_application_sending_client_ix on mobility_application (sending_sme_client)
    where sending_sme_client is not null;
create index mobility_application_host_client_ix on mobility_application (host_sme_client)
    where host_sme_client is not null;
