-- Result files uploaded as import jobs: the job and its counts, the rows it refused, and its
-- rows staged for recording (unlogged: a job interrupted by a crash is failed, never resumed).
create table import_job (
    id                   uuid primary key,
    format               varchar(20)  not null,
    state                varchar(20)  not null,
    submitter_subject    varchar(200) not null,
    submitter_name       varchar(200) not null,
    submitter_roles      varchar(200) not null,
    submitter_org_number char(10),
    request_id           varchar(100),
    submitted_at         timestamptz  not null,
    started_at           timestamptz,
    finished_at          timestamptz,
    heartbeat_at         timestamptz  not null,
    rows_total           int          not null,
    rows_read            int          not null,
    recorded             int          not null,
    unchanged            int          not null,
    rejected             int          not null,
    failure              varchar(1000)
);
create index import_job_unfinished on import_job (heartbeat_at) where state in ('QUEUED', 'RUNNING');

-- A result recorded by an import job names it: the job's audit entries say who sent the file,
-- when, and what became of its rows; the results are not audited one by one.
alter table indicator_result add column import_job_id uuid references import_job (id);

create table import_rejection (
    job_id     uuid          not null references import_job (id),
    row_number int           not null,
    field      varchar(100)  not null,
    reason     varchar(1000) not null,
    primary key (job_id, row_number)
);

create unlogged table import_row (
    job_id           uuid           not null,
    row_number       int            not null,
    unit_id          uuid           not null,
    requirement_code varchar(40)    not null,
    period           varchar(10)    not null,
    value            numeric(12, 3) not null,
    sample_size      int,
    source           varchar(200),
    primary key (job_id, row_number)
);
