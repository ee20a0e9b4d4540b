-- A committed grant explains itself from its own row, years later: beside the rate table's id it keeps the table's
-- version and start, which its explanation and its breakdown show. Rate tables never change, and the foreign key on
-- all three columns makes the copy agree with the table.
alter table grant_rate_table
    add constraint grant_rate_table_identity_ux unique (id, table_version, valid_from);

alter table grant_calculation
    add column table_version    integer not null check (table_version > 0),
    add column table_valid_from date    not null,
    add constraint grant_calculation_rate_table_identity_fk foreign key (rate_table_id, table_version, table_valid_from)
        references grant_rate_table (id, table_version, valid_from);

-- The explanation's lines are bounded like every other array of strings in the schema (varchar(n)[]), which is also
-- what schema validation accepts for a String[] mapping: it cannot resolve text[] read through the reactive driver.
alter table grant_calculation
    alter column explanation type varchar(500)[];
