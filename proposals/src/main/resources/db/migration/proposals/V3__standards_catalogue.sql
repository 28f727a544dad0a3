-- The standards catalogue: Final Standards Track proposals as versioned standards with their
-- conformance requirements, which node certification can require.
create table proposals.standard (
    id             uuid primary key,
    code           varchar(32)  not null,
    version        varchar(16)  not null,
    title          varchar(200) not null,
    status         varchar(16)  not null check (status in ('ACTIVE', 'SUPERSEDED')),
    proposal_id    uuid         references proposals.proposal (id),
    adopted_at     timestamptz  not null,
    superseded_at  timestamptz,
    superseded_by  uuid         references proposals.standard (id),
    unique (code, version)
);
-- At most one active version of a standard.
create unique index standard_active_uk on proposals.standard (code) where status = 'ACTIVE';

create table proposals.standard_requirement (
    standard_id  uuid          not null references proposals.standard (id) on delete cascade,
    position     integer       not null check (position >= 0),
    requirement  varchar(1000) not null,
    primary key (standard_id, position)
);
