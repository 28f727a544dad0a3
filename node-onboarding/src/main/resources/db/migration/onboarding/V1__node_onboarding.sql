-- Node onboarding: node types, applications with their checks and review trail, admitted nodes,
-- their certificates, the federation CA and its revocation lists.
-- Other contexts are referred to by value (organisation id, domain code, proposal id): no foreign keys across schemas.

create table onboarding.node_type (
    code                      varchar(16)   primary key check (code ~ '^[a-z][a-z0-9-]{1,15}$'),
    name_en                   varchar(80)   not null,
    name_zh                   varchar(80)   not null,
    description_en            varchar(500)  not null,
    description_zh            varchar(500)  not null,
    needs_vote                boolean       not null,
    domain_scoped             boolean       not null,
    bootnode                  boolean       not null,
    min_service_level         numeric(6, 3) not null check (min_service_level > 0 and min_service_level <= 100),
    required_standards        varchar(500)  not null default '',
    allowed_key_algorithms    varchar(200)  not null check (allowed_key_algorithms <> ''),
    certificate_lifetime_days integer       not null check (certificate_lifetime_days between 1 and 825),
    renewal_window_days       integer       not null check (renewal_window_days between 1 and 365),
    sort_order                integer       not null
);

insert into onboarding.node_type values
    ('super', 'Super node', '超级节点',
     'Runs consensus and the federation''s root services. Admission needs a vote of the member organisations.',
     '运行共识与联盟根服务。准入需成员机构投票。',
     true, false, true, 99.950, '', 'EC-P256', 365, 60, 1),
    ('backbone', 'Backbone node', '骨干节点',
     'Serves one regional domain or industry and relays for its access nodes. Admitted after review.',
     '服务一个区域域或行业，为接入节点中继。经审核准入。',
     false, true, true, 99.900, '', 'EC-P256,EC-P384', 365, 45, 2),
    ('access', 'Access node', '接入节点',
     'A member''s business node: submits transactions and serves applications. Admitted after review.',
     '成员机构的业务节点：提交交易、服务应用。经审核准入。',
     false, true, false, 99.500, '', 'EC-P256,EC-P384,Ed25519,RSA-3072', 365, 30, 3),
    ('observer', 'Observer node', '观察节点',
     'Reads and verifies the chain without taking part in consensus (auditors, regulators).',
     '只读并验证链数据，不参与共识（审计方、监管方）。',
     false, false, false, 99.000, '', 'EC-P256,EC-P384,Ed25519,RSA-3072', 180, 30, 4);

create sequence onboarding.node_application_number;

create table onboarding.node_application (
    id                 uuid         primary key,
    number             bigint       not null unique,
    organisation_id    uuid         not null,
    applicant          varchar(64)  not null,
    node_type          varchar(16)  not null references onboarding.node_type (code),
    domain_code        varchar(4),
    node_name          varchar(63)  not null,
    enode              varchar(512),
    node_public_key    varchar(140),
    csr_pem            text,
    key_fingerprint    char(64),
    declared_standards varchar(500) not null default '',
    service_level      numeric(6, 3),
    contact            varchar(254),
    status             varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'IN_VOTE',
                                                                'ADMITTED', 'REJECTED', 'WITHDRAWN')),
    round              integer      not null default 0,
    proposal_id        uuid,
    decision_reason    varchar(2000),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    submitted_at       timestamptz,
    decided_at         timestamptz,
    version            bigint       not null default 0,
    check (length(csr_pem) <= 65536)
);
create index node_application_status_idx on onboarding.node_application (status, submitted_at);
create index node_application_org_idx on onboarding.node_application (organisation_id, created_at desc);
create unique index node_application_proposal_uk on onboarding.node_application (proposal_id) where proposal_id is not null;

create table onboarding.application_check (
    id             uuid          primary key,
    application_id uuid          not null references onboarding.node_application (id),
    round          integer       not null,
    code           varchar(32)   not null,
    outcome        varchar(8)    not null check (outcome in ('PASSED', 'FAILED', 'WARNING')),
    blocking       boolean       not null,
    detail         varchar(2000) not null,
    checked_at     timestamptz   not null,
    unique (application_id, round, code)
);

create table onboarding.application_event (
    id             uuid          primary key,
    application_id uuid          not null references onboarding.node_application (id),
    at             timestamptz   not null,
    actor          varchar(64)   not null,
    kind           varchar(32)   not null,
    message        varchar(4000) not null default ''
);
create index application_event_app_idx on onboarding.application_event (application_id, at);

create table onboarding.node (
    id                uuid         primary key,
    application_id    uuid         not null unique references onboarding.node_application (id),
    organisation_id   uuid         not null,
    node_type         varchar(16)  not null references onboarding.node_type (code),
    domain_code       varchar(4),
    name              varchar(63)  not null,
    enode_id          char(128)    not null check (enode_id ~ '^[0-9a-f]{128}$'),
    host              varchar(253) not null,
    port              integer      not null check (port between 1 and 65535),
    key_fingerprint   char(64)     not null,
    status            varchar(12)  not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED', 'DEACTIVATED')),
    status_reason     varchar(2000),
    admitted_at       timestamptz  not null,
    status_changed_at timestamptz  not null,
    version           bigint       not null default 0
);
-- The federation never has two live nodes with one enode, key or name.
create unique index node_live_enode_uk on onboarding.node (enode_id) where status in ('ACTIVE', 'SUSPENDED');
create unique index node_live_key_uk on onboarding.node (key_fingerprint) where status in ('ACTIVE', 'SUSPENDED');
create unique index node_live_name_uk on onboarding.node (lower(name)) where status in ('ACTIVE', 'SUSPENDED');
create index node_directory_idx on onboarding.node (domain_code, node_type, name);

-- Every change to a node's place on the allow-list; its id goes on chain.
create table onboarding.node_change (
    id      uuid          primary key,
    node_id uuid          not null references onboarding.node (id),
    change  varchar(12)   not null check (change in ('ADMITTED', 'SUSPENDED', 'REINSTATED', 'REVOKED', 'DEACTIVATED')),
    actor   varchar(64)   not null,
    reason  varchar(2000) not null default '',
    at      timestamptz   not null
);
create index node_change_node_idx on onboarding.node_change (node_id, at);

create table onboarding.ca_certificate (
    id                 uuid        primary key,
    der                bytea       not null,
    public_key_sha256  char(64)    not null unique,
    subject            varchar(500) not null,
    not_before         timestamptz not null,
    not_after          timestamptz not null,
    created_at         timestamptz not null
);

create table onboarding.node_certificate (
    serial            varchar(42)  primary key check (serial ~ '^[0-9a-f]+$'),
    node_id           uuid         not null references onboarding.node (id),
    ca_id             uuid         not null references onboarding.ca_certificate (id),
    der               bytea        not null,
    subject           varchar(500) not null,
    not_before        timestamptz  not null,
    not_after         timestamptz  not null,
    status            varchar(12)  not null check (status in ('VALID', 'ON_HOLD', 'REVOKED', 'SUPERSEDED')),
    revocation_reason varchar(24),
    revoked_at        timestamptz,
    issued_at         timestamptz  not null
);
create index node_certificate_node_idx on onboarding.node_certificate (node_id, issued_at desc);
create index node_certificate_revoked_idx on onboarding.node_certificate (ca_id) where status <> 'VALID';

create table onboarding.crl (
    ca_id       uuid        not null references onboarding.ca_certificate (id),
    number      bigint      not null,
    der         bytea       not null,
    this_update timestamptz not null,
    next_update timestamptz not null,
    primary key (ca_id, number)
);
