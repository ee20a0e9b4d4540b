-- How far a mobility's grant has gone (what is due: pre-financing once the stay started, the balance or a recovery
-- once the reports are in), and the sending company, whose users may read the grant whoever is paid. The table is
-- new and empty, so the columns need no default.
alter table mobility_grant
    add column stage          varchar(20) not null
        check (stage in ('COMMITTED', 'STAY_STARTED', 'STAY_ENDED', 'REPORTED', 'CLOSED', 'RELEASED')),
    add column sending_sme_id uuid        not null references sme (id);

-- A grant's first ledger entry is written when its line takes the reservation, before the grant row exists: the
-- entries name the mobility application, which always exists.
alter table ledger_entry
    drop constraint ledger_entry_application_id_fkey,
    add constraint ledger_entry_application_id_fkey foreign key (application_id) references mobility_application (id);
