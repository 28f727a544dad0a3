-- Anchoring of registry changes on chain. Each change (a DID document version, later an identifier
-- version) becomes a leaf: the SHA-256 of its content, hashed as an RFC 9162 Merkle leaf. Leaves are
-- sealed in id order into batches whose Merkle root the chain bridge records on chain.
create table registry.anchor_batch (
    id        uuid        primary key,
    root      char(64)    not null check (root ~ '^[0-9a-f]{64}$'),
    size      integer     not null check (size > 0),
    sealed_at timestamptz not null
);
create index anchor_batch_sealed_at_idx on registry.anchor_batch (sealed_at);

create table registry.anchor_leaf (
    id             bigserial   primary key,
    subject        text        not null check (length(subject) between 1 and 2000),
    version        text        not null check (length(version) between 1 and 200),
    content_sha256 char(64)    not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    leaf_hash      char(64)    not null check (leaf_hash ~ '^[0-9a-f]{64}$'),
    -- deferred: a batch and the positions of its leaves are written in one transaction, in any order
    batch_id       uuid        references registry.anchor_batch (id) deferrable initially deferred,
    leaf_index     integer     check (leaf_index >= 0),
    created_at     timestamptz not null,
    unique (subject, version),
    check ((batch_id is null) = (leaf_index is null))
);
-- A position in a batch is taken once.
create unique index anchor_leaf_position_uk on registry.anchor_leaf (batch_id, leaf_index) where batch_id is not null;
-- What the sealer looks for: the leaves not yet in a batch, oldest first.
create index anchor_leaf_pending_idx on registry.anchor_leaf (id) where batch_id is null;
