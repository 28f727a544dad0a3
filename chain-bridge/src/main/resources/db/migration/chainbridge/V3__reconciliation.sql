-- What reconciliation found: a difference stays open until a run no longer sees it.
create table chainbridge.reconciliation_difference (
    id            bigserial    primary key,
    kind          varchar(24)  not null check (kind in ('MISSING_ON_CHAIN', 'UNKNOWN_ON_CHAIN', 'HASH_DIFFERS',
                                                         'DOMAIN_DIFFERS', 'DUPLICATE_EVENT')),
    contract      varchar(64)  not null,
    item_id       varchar(66)  not null,
    expected      varchar(200),
    found         varchar(200),
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null,
    resolved_at   timestamptz
);
create unique index reconciliation_difference_open_uk on chainbridge.reconciliation_difference (contract, item_id, kind)
    where resolved_at is null;

-- Each run, for "last reconciled" and its counts; the error if it could not run (the node down).
create table chainbridge.reconciliation_run (
    id          bigserial    primary key,
    ran_at      timestamptz  not null,
    instance    varchar(200) not null,
    events      integer      not null,
    entries     integer      not null,
    differences integer      not null,
    error       varchar(2000)
);
