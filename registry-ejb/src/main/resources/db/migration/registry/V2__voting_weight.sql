-- The weight an organisation's ballot carries on tracks weighted per organisation (one organisation,
-- one vote tracks ignore it). Set by an admin; a running vote keeps the weight frozen when it opened.
alter table registry.organisation
    add column voting_weight integer not null default 1 check (voting_weight between 1 and 1000000);

create index account_role_role_idx on registry.account_role (role, username);
