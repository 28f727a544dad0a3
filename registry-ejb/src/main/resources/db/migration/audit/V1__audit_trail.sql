-- The audit trail of every context: who did what, when. Rows are only ever inserted.
create table audit.audit_record (
    id          bigserial primary key,
    recorded_at timestamptz  not null,
    actor       varchar(64)  not null,
    context     varchar(32)  not null,
    action      varchar(64)  not null,
    subject     varchar(128) not null,
    detail      varchar(2000)
);
create index audit_record_subject_idx on audit.audit_record (subject);
create index audit_record_recorded_at_idx on audit.audit_record (recorded_at);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only';
end $$;
create trigger audit_record_append_only before update or delete on audit.audit_record
    for each row execute function audit.refuse_change();
