-- How Kolada's figures map onto ours, kept by the agency over the API: a KPI onto a requirement;
-- an organisational unit (ou) onto a unit; a municipality's figure, in the area of the KPI's
-- requirement, onto the unit that stands for the municipality's own service in that area.
create table kolada_mapping (
    kind             varchar(20)  not null check (kind in ('KPI', 'OU', 'MUNICIPALITY')),
    kolada_id        varchar(40)  not null,
    area             varchar(40)  not null default '',
    requirement_code varchar(40) references requirement (code),
    unit_id          uuid references known_unit (id),
    updated_at       timestamptz  not null,
    updated_by       varchar(200) not null,
    primary key (kind, kolada_id, area),
    check ((kind = 'KPI') = (requirement_code is not null)),
    check ((kind = 'KPI') = (unit_id is null)),
    check ((kind = 'MUNICIPALITY') = (area <> ''))
);
