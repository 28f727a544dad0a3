-- The audit records of every context form a SHA-256 hash chain (AuditHashes): each record, in the order
-- it was linked, gets a link whose hash covers the previous link, its seq and the record's hash. The
-- head of the chain is anchored on chain now and then. Links and anchors are only ever inserted.
create table audit.audit_link (
    seq         bigint primary key check (seq >= 1),
    record_id   bigint    not null unique references audit.audit_record (id),
    record_hash char(64)  not null check (record_hash ~ '^[0-9a-f]{64}$'),
    link_hash   char(64)  not null check (link_hash ~ '^[0-9a-f]{64}$'),
    linked_at   timestamptz not null
);
create table audit.audit_anchor (
    seq       bigint primary key references audit.audit_link (seq),
    batch_id  uuid        not null unique,
    sealed_at timestamptz not null
);
create index audit_anchor_sealed_at_idx on audit.audit_anchor (sealed_at);

create trigger audit_link_append_only before update or delete on audit.audit_link
    for each row execute function audit.refuse_change();
create trigger audit_anchor_append_only before update or delete on audit.audit_anchor
    for each row execute function audit.refuse_change();
-- TRUNCATE fires no row triggers: refuse it on all three tables.
create trigger audit_link_no_truncate before truncate on audit.audit_link
    for each statement execute function audit.refuse_change();
create trigger audit_anchor_no_truncate before truncate on audit.audit_anchor
    for each statement execute function audit.refuse_change();
create trigger audit_record_no_truncate before truncate on audit.audit_record
    for each statement execute function audit.refuse_change();
