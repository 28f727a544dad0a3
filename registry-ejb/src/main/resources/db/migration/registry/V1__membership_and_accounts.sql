create table registry.organisation (
    id              uuid primary key,
    name            varchar(200) not null,
    kind            varchar(16)  not null check (kind in ('GOVERNMENT', 'ENTERPRISE', 'RESEARCH', 'OTHER')),
    jurisdiction    varchar(100) not null,
    contact_name    varchar(200) not null,
    contact_email   varchar(254) not null,
    status          varchar(16)  not null check (status in ('APPLIED', 'APPROVED', 'REJECTED')),
    applied_by      varchar(64)  not null,
    applied_at      timestamptz  not null,
    decided_by      varchar(64),
    decided_at      timestamptz,
    decision_reason varchar(1000),
    version         bigint       not null default 0
);
-- An organisation may apply again after a rejection, but two live organisations never share a name.
create unique index organisation_live_name_uk on registry.organisation (lower(name)) where status <> 'REJECTED';
create index organisation_status_idx on registry.organisation (status, applied_at);

create table registry.account (
    username        varchar(64)  primary key,
    display_name    varchar(200) not null,
    email           varchar(254) not null,
    password_hash   varchar(512) not null,
    organisation_id uuid references registry.organisation (id),
    enabled         boolean      not null default true,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index account_organisation_idx on registry.account (organisation_id);

create table registry.account_role (
    username varchar(64) not null references registry.account (username) on delete cascade,
    role     varchar(32) not null check (role in ('admin', 'member-rep', 'community', 'node-operator', 'reviewer', 'auditor')),
    primary key (username, role)
);

-- Bearer tokens for the REST API. Only the SHA-256 of a token is stored.
create table registry.api_token (
    id          uuid primary key,
    username    varchar(64) not null references registry.account (username) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_token_username_idx on registry.api_token (username);
