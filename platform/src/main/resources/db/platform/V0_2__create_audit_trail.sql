-- Shipped by kvalitet-platform: every service's audit trail, appended to in the transaction of
-- each change and never altered. The triggers make the database itself refuse an update, a
-- delete or a truncate, whatever code or person tries.
create table audit_entry (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz  not null,
    actor_kind       varchar(20)  not null check (actor_kind in ('USER', 'EVENT', 'SCHEDULER')),
    actor            varchar(200) not null,
    actor_name       varchar(200) not null,
    actor_roles      varchar(200) not null,
    actor_org_number char(10),
    event_id         uuid,
    request_id       varchar(100),
    entity_type      varchar(60)  not null,
    entity_id        varchar(100) not null,
    action           varchar(60)  not null,
    changes          jsonb        not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_occurred_at on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on audit_entry is refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_audit_change();
create trigger audit_entry_never_truncated before truncate on audit_entry
    for each statement execute function refuse_audit_change();
