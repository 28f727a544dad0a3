-- Identifiers for things (digital assets, products, data sets): Handle-style <domain-code>/<suffix>, each
-- taking one identifier of its domain's quota. A version's content is RFC 8785 canonical JSON
-- {handle, kind, metadata, ownerDid, status}, hashed as stored; every version is anchored like a DID's
-- (anchor_leaf.subject = handle, anchor_leaf.version = version_id as text).
create table registry.identifier (
    handle          varchar(140) primary key,
    domain_code     varchar(4)   not null references registry.domain (code),
    kind            varchar(16)  not null check (kind in ('DIGITAL_ASSET', 'PRODUCT', 'DATA_SET', 'OTHER')),
    owner_did       varchar(200) not null references registry.did (did),
    status          varchar(16)  not null check (status in ('ACTIVE', 'WITHDRAWN')),
    current_version int          not null check (current_version >= 1),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    registered_by   varchar(64)  not null,
    version         bigint       not null default 0,
    -- the prefix is the domain's code; the suffix: 1..128 unreserved characters, '/' between segments
    constraint identifier_handle_ck check (handle ~ '^[a-z0-9]{4}/[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*$'
                                           and length(handle) <= 133),
    constraint identifier_prefix_ck check (split_part(handle, '/', 1) = domain_code),
    constraint identifier_updated_ck check (updated_at >= created_at)
);
create index identifier_domain_idx on registry.identifier (domain_code, created_at);
create index identifier_owner_idx on registry.identifier (owner_did, created_at);
create index identifier_kind_idx on registry.identifier (kind, created_at);

create table registry.identifier_version (
    handle          varchar(140) not null references registry.identifier (handle),
    version_id      int          not null check (version_id >= 1),
    operation       varchar(16)  not null check (operation in ('REGISTER', 'UPDATE', 'WITHDRAW')),
    content         text         not null check (length(content) <= 20000),
    content_sha256  char(64)     not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    version_time    timestamptz  not null,
    submitted_by    varchar(64)  not null,
    primary key (handle, version_id),
    constraint identifier_version_register_ck check ((operation = 'REGISTER') = (version_id = 1))
);
create index identifier_version_time_idx on registry.identifier_version (handle, version_time);
