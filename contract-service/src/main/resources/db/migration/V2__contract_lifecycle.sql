-- The contract lifecycle (DESIGN.md §2.3): the policy as versioned data, the measures catalogue,
-- what a contract holds from draft to fulfilment or failure, remediation reports and the timeline.

-- Each change of the policy is a new version; an assessment and a contract name the version they used.
create table assessment_policy (
    version           int          primary key,
    minimum_not_met   int          not null check (minimum_not_met >= 1),
    state_percent     int          not null check (state_percent between 0 and 100),
    principal_percent int          not null check (principal_percent between 0 and 100),
    signing_period    varchar(20)  not null,
    milestone_period  varchar(20)  not null,
    grace_period      varchar(20)  not null,
    contract_length   varchar(20)  not null,
    effective_from    timestamptz  not null,
    set_by            varchar(200) not null,
    check (state_percent + principal_percent = 100)
);
alter table assessment add column policy_version int;

create table measure (
    code           varchar(40)   primary key,
    title          varchar(200)  not null,
    description    varchar(2000) not null,
    evidence       varchar(1000) not null,
    estimated_cost numeric(12, 2) not null check (estimated_cost >= 0),
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null
);
create table measure_requirement (
    measure_code     varchar(40) not null references measure (code),
    requirement_code varchar(40) not null,
    primary key (measure_code, requirement_code)
);
create index measure_requirement_code on measure_requirement (requirement_code);

-- Contracts drafted before the lifecycle existed get the then default terms: half each, a start a
-- month after drafting and a year's length.
alter table contract
    add column unit_name               varchar(200),
    add column counterparty_org_number char(10),
    add column policy_version          int,
    add column state_percent           int,
    add column principal_percent       int,
    add column start_date              date,
    add column end_date                date,
    add column signing_deadline        date,
    add column issued_at               timestamptz,
    add column principal_signed_at     timestamptz,
    add column principal_signed_by     varchar(200),
    add column counterparty_signed_at  timestamptz,
    add column counterparty_signed_by  varchar(200),
    add column activated_at            timestamptz,
    add column closed_at               timestamptz,
    add column failure_reason          varchar(40);
update contract c set unit_name = coalesce((select u.name from known_unit u where u.id = c.unit_id), ''),
    state_percent = 50, principal_percent = 50,
    start_date = (c.created_at at time zone 'Europe/Stockholm')::date + 30,
    end_date = (c.created_at at time zone 'Europe/Stockholm')::date + 30 + interval '12 months';
alter table contract
    alter column unit_name set not null,
    alter column state_percent set not null,
    alter column principal_percent set not null,
    alter column start_date set not null,
    alter column end_date set not null;

-- One open contract per unit: a later breach attaches to it. Older duplicates give way to the newest.
update contract c set status = 'CANCELLED', cancellation_reason = 'superseded: one open contract per unit'
where status in ('DRAFT', 'ISSUED', 'SIGNED', 'ACTIVE')
  and exists (select 1 from contract n where n.unit_id = c.unit_id and n.status in ('DRAFT', 'ISSUED', 'SIGNED', 'ACTIVE')
              and (n.created_at, n.id) > (c.created_at, c.id));
drop index contract_open;
create unique index contract_open on contract (unit_id) where status in ('DRAFT', 'ISSUED', 'SIGNED', 'ACTIVE');
create index contract_status on contract (status);
create index contract_counterparty on contract (counterparty_municipality_code);

-- A breached requirement names the period it was breached in; follow-up results are those after it.
alter table contract_breached_requirement add column period varchar(10);
update contract_breached_requirement b set period = (select c.period from contract c where c.id = b.contract_id);
alter table contract_breached_requirement alter column period set not null;

create table contract_measure (
    contract_id     uuid          not null references contract (id),
    position        int           not null,
    measure_code    varchar(40)   not null,
    title           varchar(200)  not null,
    estimated_cost  numeric(12, 2) not null,
    state_share     numeric(12, 2) not null,
    principal_share numeric(12, 2) not null,
    status          varchar(20)   not null,
    spent_to_date   numeric(12, 2) not null,
    primary key (contract_id, position)
);

create table contract_milestone (
    contract_id          uuid         not null references contract (id),
    position             int          not null,
    milestone_id         uuid         not null unique,
    measure_code         varchar(40),
    description          varchar(500) not null,
    due_date             date         not null,
    done_on              date,
    overdue_announced_on date,
    primary key (contract_id, position)
);

create table remediation_report (
    id                  uuid         primary key,
    contract_id         uuid         not null references contract (id),
    reported_at         timestamptz  not null,
    reported_by         varchar(200) not null,
    reporter_org_number char(10)     not null
);
create index remediation_report_contract on remediation_report (contract_id, reported_at);
create table remediation_report_line (
    report_id     uuid          not null references remediation_report (id),
    position      int           not null,
    measure_code  varchar(40)   not null,
    status        varchar(20)   not null,
    spent_to_date numeric(12, 2) not null,
    narrative     varchar(500)  not null,
    primary key (report_id, position)
);
create table remediation_report_milestone (
    report_id    uuid not null references remediation_report (id),
    position     int  not null,
    milestone_id uuid not null,
    primary key (report_id, position)
);

-- The timeline: one row per event a contract went through, with who (or what) made it happen.
create table contract_timeline (
    seq              bigint generated always as identity primary key,
    contract_id      uuid          not null,
    event_id         uuid          not null,
    type             varchar(60)   not null,
    occurred_at      timestamptz   not null,
    actor_kind       varchar(20)   not null,
    actor            varchar(200)  not null,
    actor_name       varchar(200),
    actor_org_number char(10),
    summary          varchar(2000) not null
);
create index contract_timeline_contract on contract_timeline (contract_id, seq);

-- An agency officer's decision that a unit puts its users' health at risk.
create table health_risk_decision (
    id         uuid          primary key,
    unit_id    uuid          not null,
    reason     varchar(2000) not null,
    decided_at timestamptz   not null,
    decided_by varchar(200)  not null
);
