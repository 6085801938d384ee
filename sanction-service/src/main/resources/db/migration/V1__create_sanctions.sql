-- known_unit, the registry's unit states, comes from kvalitet-platform's db/read-model.

create table breach (
    id                   uuid primary key,
    unit_id              uuid          not null,
    period               varchar(10)   not null,
    principal_org_number char(10)      not null,
    principal_kind       varchar(20)   not null,
    municipality_code    char(4)       not null,
    area                 varchar(40)   not null,
    requirements         varchar(2000) not null,
    contract_id          uuid unique,
    status               varchar(20)   not null,
    found_at             timestamptz   not null
);
create index breach_unit on breach (unit_id);
create index breach_principal on breach (principal_org_number);
create index breach_municipality on breach (municipality_code);
create index breach_found_at on breach (found_at);

-- Append-only: the history of every breach, one row per event that touched it.
create table breach_event (
    id          uuid primary key,
    breach_id   uuid         not null references breach (id),
    type        varchar(60)  not null,
    occurred_at timestamptz  not null,
    detail      varchar(2000)
);
create index breach_event_breach on breach_event (breach_id);

create table escalation_case (
    id                   uuid primary key,
    unit_id              uuid        not null,
    period               varchar(10) not null,
    principal_org_number char(10)    not null,
    municipality_code    char(4)     not null,
    area                 varchar(40) not null,
    trigger_kind         varchar(30) not null,
    proposed_step        varchar(30) not null,
    status               varchar(20) not null,
    opened_at            timestamptz not null,
    version              bigint      not null
);
create index escalation_case_unit on escalation_case (unit_id);
