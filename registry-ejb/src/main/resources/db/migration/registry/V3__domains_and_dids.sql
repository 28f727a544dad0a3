-- Regional domains: a tree under the federation root. A child's quota is carved out of its parent's:
-- used + allocated never exceeds quota, which the database checks, so two registrations racing for the
-- last identifier of a domain cannot both win.
create table registry.domain (
    code         varchar(4)   primary key check (code ~ '^[a-z0-9]{4}$'),
    parent_code  varchar(4)   references registry.domain (code),
    name_en      varchar(200) not null,
    name_zh      varchar(200) not null,
    governed_by  uuid         not null references registry.organisation (id),
    status       varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED', 'RETIRED')),
    quota        bigint       not null check (quota >= 0),
    used         bigint       not null default 0 check (used >= 0),
    allocated    bigint       not null default 0 check (allocated >= 0),
    created_at   timestamptz  not null,
    changed_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint domain_quota_ck check (used + allocated <= quota),
    constraint domain_root_ck check (parent_code is not null or code = 'root')
);
create index domain_parent_idx on registry.domain (parent_code);

-- Every effective change of a domain, with the decision that made it (a passed proposal, or an admin).
create table registry.domain_change (
    id           uuid         primary key,
    domain_code  varchar(4)   not null references registry.domain (code),
    kind         varchar(16)  not null check (kind in ('DELEGATED', 'REGOVERNED', 'SUSPENDED', 'REACTIVATED', 'RETIRED',
                                                       'QUOTA_CHANGED')),
    detail       text         not null,
    content_sha256 char(64)   not null,
    decided_by   varchar(64)  not null,
    decision_id  uuid,
    at           timestamptz  not null
);
create index domain_change_domain_idx on registry.domain_change (domain_code, at);

-- DIDs and their versions. A version's document is stored as RFC 8785 canonical JSON, hashed as stored.
create table registry.did (
    did             varchar(200) primary key,
    domain_code     varchar(4)   not null references registry.domain (code),
    status          varchar(16)  not null check (status in ('ACTIVE', 'DEACTIVATED')),
    current_version int          not null check (current_version >= 1),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    registered_by   varchar(64)  not null,
    version         bigint       not null default 0
);
create index did_domain_idx on registry.did (domain_code, created_at);
create index did_status_idx on registry.did (status, created_at);

create table registry.did_version (
    did             varchar(200) not null references registry.did (did),
    version_id      int          not null check (version_id >= 1),
    operation       varchar(16)  not null check (operation in ('CREATE', 'UPDATE', 'DEACTIVATE')),
    document        text         not null,
    content_sha256  char(64)     not null,
    version_time    timestamptz  not null,
    proof_key       varchar(400),
    proof_payload   text,
    proof_signature varchar(400),
    submitted_by    varchar(64)  not null,
    primary key (did, version_id)
);
create index did_version_time_idx on registry.did_version (did, version_time);

-- Registrar jobs in client-managed secret mode: the payload the client must sign, until it is signed.
create table registry.registration_job (
    job_id          uuid         primary key,
    operation       varchar(16)  not null check (operation in ('CREATE', 'UPDATE', 'DEACTIVATE')),
    did             varchar(200) not null,
    domain_code     varchar(4)   not null,
    requested_by    varchar(64)  not null,
    document        text,
    previous_version int,
    payload         text         not null,
    signing_keys    text         not null,
    state           varchar(16)  not null check (state in ('ACTION', 'FINISHED', 'FAILED')),
    reason          varchar(1000),
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null
);
create index registration_job_expiry_idx on registry.registration_job (state, expires_at);

-- Registrars act for the organisation that governs a domain.
alter table registry.account_role drop constraint account_role_role_check;
alter table registry.account_role add constraint account_role_role_check
    check (role in ('admin', 'member-rep', 'community', 'node-operator', 'reviewer', 'auditor', 'registrar'));
