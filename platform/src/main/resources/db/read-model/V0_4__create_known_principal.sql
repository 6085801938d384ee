-- Shipped by kvalitet-platform for the services that consume registry.principals.v1 (they add
-- db/read-model to quarkus.flyway.locations): their own copy of each principal's latest state,
-- from which they know which municipality an organisation governs.
create table known_principal (
    org_number        char(10) primary key,
    name              varchar(200) not null,
    kind              varchar(20)  not null,
    home_municipality char(4)
);
