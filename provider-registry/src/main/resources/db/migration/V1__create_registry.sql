create table county (
    code char(2) primary key,
    name varchar(100) not null
);

create table municipality (
    code        char(4) primary key,
    name        varchar(100) not null,
    county_code char(2) not null references county (code)
);

create table principal (
    org_number             char(10) primary key,
    name                   varchar(200) not null,
    kind                   varchar(20)  not null check (kind in ('MUNICIPALITY', 'PRIVATE')),
    home_municipality_code char(4) unique references municipality (code),
    registered_at          timestamptz  not null,
    registered_by          varchar(200) not null,
    check ((kind = 'MUNICIPALITY') = (home_municipality_code is not null))
);

create table provider_unit (
    id                   uuid primary key,
    name                 varchar(200) not null,
    principal_org_number char(10)     not null references principal (org_number),
    municipality_code    char(4)      not null references municipality (code),
    area                 varchar(40)  not null,
    permit_id            varchar(50),
    status               varchar(20)  not null check (status in ('ACTIVE', 'CLOSED')),
    version              bigint       not null,
    registered_at        timestamptz  not null,
    registered_by        varchar(200) not null
);
create index provider_unit_principal on provider_unit (principal_org_number);
create index provider_unit_municipality on provider_unit (municipality_code);
