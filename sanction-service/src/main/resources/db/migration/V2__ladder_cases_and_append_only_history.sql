-- The escalation ladder under a supervisor's hand (DESIGN.md §2.4) and a breach history that
-- is only ever appended to: a breach's status is that of its latest history entry.

-- A breach row is written once; a contract may remedy breaches of several periods.
alter table breach drop constraint breach_contract_id_key;
create index breach_contract on breach (contract_id);

-- Each history entry names the event behind it, who made it happen and the status it leaves the breach in.
alter table breach_event
    add column seq      bigint generated always as identity,
    add column event_id uuid,
    add column status   varchar(20),
    add column actor    varchar(200);
update breach_event e set event_id = e.id, actor = 'contract-service',
    status = (select b.status from breach b where b.id = e.breach_id);
alter table breach_event
    alter column event_id set not null,
    alter column status set not null,
    alter column actor set not null;
create unique index breach_event_seq on breach_event (seq);
create index breach_event_latest on breach_event (breach_id, seq desc);
alter table breach drop column status;

create function refuse_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'the history is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;
create trigger breach_append_only before update or delete on breach
    for each row execute function refuse_history_change();
create trigger breach_never_truncated before truncate on breach
    for each statement execute function refuse_history_change();
create trigger breach_event_append_only before update or delete on breach_event
    for each row execute function refuse_history_change();
create trigger breach_event_never_truncated before truncate on breach_event
    for each statement execute function refuse_history_change();

-- A case climbs the ladder of its principal's kind: a proposed step waits for a supervisor's
-- decision; a confirmed step has a response deadline, after which the next step is proposed.
alter table escalation_case
    add column principal_kind varchar(20),
    add column start_step     varchar(30),
    add column current_step   varchar(30),
    add column step_amount    numeric(14, 2),
    add column step_deadline  date,
    add column contract_id    uuid,
    add column resolved_at    timestamptz,
    add column resolution     varchar(2000);
update escalation_case c set start_step = c.proposed_step,
    principal_kind = coalesce((select b.principal_kind from breach b where b.unit_id = c.unit_id limit 1), 'PRIVATE');
alter table escalation_case
    alter column principal_kind set not null,
    alter column start_step set not null,
    alter column proposed_step drop not null;
-- One open case per unit: older duplicates are resolved in favour of the newest.
update escalation_case c set status = 'RESOLVED', resolved_at = now(), resolution = 'merged: one open case per unit', proposed_step = null
where status = 'OPEN' and exists (select 1 from escalation_case n where n.unit_id = c.unit_id and n.status = 'OPEN'
                                  and (n.opened_at, n.id) > (c.opened_at, c.id));
create unique index escalation_case_open on escalation_case (unit_id) where status = 'OPEN';
create index escalation_case_queue on escalation_case (status, step_deadline);

-- The case's own history: every trigger, proposal and decision, with who and when.
create table case_entry (
    seq         bigint generated always as identity primary key,
    case_id     uuid          not null references escalation_case (id),
    type        varchar(40)   not null,
    step        varchar(30),
    amount      numeric(14, 2),
    reason      varchar(2000),
    occurred_at timestamptz   not null,
    actor_kind  varchar(20)   not null,
    actor       varchar(200)  not null,
    actor_name  varchar(200),
    actor_org_number char(10),
    event_id    uuid
);
create index case_entry_case on case_entry (case_id, seq);
insert into case_entry (case_id, type, step, occurred_at, actor_kind, actor)
select id, 'EscalationCaseOpened', start_step, opened_at, 'EVENT', 'breach-history' from escalation_case;
create trigger case_entry_append_only before update or delete on case_entry
    for each row execute function refuse_history_change();
create trigger case_entry_never_truncated before truncate on case_entry
    for each statement execute function refuse_history_change();
