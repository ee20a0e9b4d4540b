-- The catalogue's NACE filter matches the division (the code's first two digits) by equality, so that these indexes
-- give the page in name order directly: with the country (the common filter pair) and without it. A longer prefix
-- (a group such as 10.4) is then checked on the division's rows only, so the prefix index is no longer used.
create index sme_country_nace_division_ix on sme (country, substr(nace_code, 1, 2), legal_name, id);
create index sme_nace_division_ix on sme (substr(nace_code, 1, 2), legal_name, id);
drop index sme_nace_ix;
