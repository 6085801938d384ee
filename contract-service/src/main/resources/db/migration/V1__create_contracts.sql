-- known_unit, the registry's unit states, comes from kvalitet-platform's db/read-model.

create table judged_result (
    id               uuid primary key,
    unit_id          uuid        not null,
    requirement_code varchar(40) not null,
    period           varchar(10) not null,
    revision         int         not null,
    result_id        uuid        not null,
    outcome          varchar(20) not null,
    critical         boolean     not null,
    unique (unit_id, requirement_code, period)
);

create table assessment (
    id           uuid primary key,
    unit_id      uuid         not null,
    period       varchar(10)  not null,
    verdict      varchar(20)  not null,
    requirements varchar(2000) not null,
    assessed_at  timestamptz  not null,
    unique (unit_id, period)
);

create table contract (
    id                             uuid primary key,
    unit_id                        uuid         not null,
    period                         varchar(10)  not null,
    status                         varchar(20)  not null,
    principal_org_number           char(10)     not null,
    principal_name                 varchar(200) not null,
    principal_kind                 varchar(20)  not null,
    counterparty_kind              varchar(20)  not null,
    counterparty_name              varchar(200),
    counterparty_municipality_code char(4),
    municipality_code              char(4)      not null,
    area                           varchar(40)  not null,
    cancellation_reason            varchar(500),
    created_at                     timestamptz  not null,
    updated_at                     timestamptz  not null,
    version                        bigint       not null
);
create index contract_unit on contract (unit_id, period);
create index contract_principal on contract (principal_org_number);
-- At most one contract in progress per unit and period.
create unique index contract_open on contract (unit_id, period) where status not in ('FULFILLED', 'FAILED', 'CANCELLED');

create table contract_breached_requirement (
    contract_id      uuid        not null references contract (id),
    position         int         not null,
    requirement_code varchar(40) not null,
    primary key (contract_id, position)
);
