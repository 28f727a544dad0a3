-- What must be written on chain, written in the same transaction as the decision it carries.
create table chainbridge.outbox_entry (
    id              uuid primary key,
    kind            varchar(32)  not null,
    reference       uuid         not null,
    contract        varchar(64)  not null,
    call_data       text         not null,
    status          varchar(16)  not null check (status in ('PENDING', 'SIGNED', 'SUBMITTED', 'CONFIRMED', 'FAILED')),
    attempts        integer      not null default 0,
    last_error      varchar(2000),
    next_attempt_at timestamptz  not null,
    chain_id        bigint,
    sender          char(42),
    nonce           bigint,
    signed_tx       text,
    tx_hash         char(66),
    block_number    bigint,
    receipt_status  integer,
    created_at      timestamptz  not null,
    submitted_at    timestamptz,
    confirmed_at    timestamptz,
    version         bigint       not null default 0,
    unique (kind, reference)
);
create index outbox_entry_due_idx on chainbridge.outbox_entry (next_attempt_at)
    where status in ('PENDING', 'SIGNED', 'SUBMITTED');
create index outbox_entry_status_idx on chainbridge.outbox_entry (status);

-- Where each contract lives on each chain; recorded once when deployed, reused on restart.
create table chainbridge.contract_deployment (
    chain_id    bigint      not null,
    name        varchar(64) not null,
    address     char(42)    not null,
    tx_hash     char(66),
    deployed_at timestamptz not null,
    primary key (chain_id, name)
);
