-- Shipped by kvalitet-platform for the services that consume registry.units.v1 (they add
-- db/read-model to quarkus.flyway.locations): their own copy of each unit's latest state.
create table known_unit (
    id                          uuid primary key,
    name                        varchar(200) not null,
    principal_org_number        char(10)     not null,
    principal_name              varchar(200) not null,
    principal_kind              varchar(20)  not null,
    principal_home_municipality char(4),
    municipality_code           char(4)      not null,
    area                        varchar(40)  not null,
    permit_id                   varchar(50),
    status                      varchar(20)  not null,
    registry_version            bigint       not null
);
create index known_unit_principal on known_unit (principal_org_number);
create index known_unit_municipality on known_unit (municipality_code);
