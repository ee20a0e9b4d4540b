-- What an application needs to offer only the actions that can succeed now (issue 8): the parties that signed its
-- current learning project revision, and the final reports that are in. The signature and report tables stay the
-- record of each; these columns follow them, and existing applications take them from there.
alter table mobility_application
    add column signed_parties   varchar(30)[] not null default '{}',
    add column reported_parties varchar(20)[] not null default '{}';

update mobility_application a
set signed_parties   = array(select s.party from learning_project_signature s
                             where s.application_id = a.id and s.revision = a.project_revision order by s.party),
    reported_parties = array(select r.party from final_report r where r.application_id = a.id order by r.party);

alter table mobility_application
    alter column signed_parties drop default,
    alter column reported_parties drop default;
