-- A staged row was indexed twice: by its primary key (job, row number) and by the index its lane
-- reads it through (job, lane, row number). Every read, the settling of repeats and the removal of
-- a job's rows go through the second, and the lane is a function of the row's unit, so the second
-- is as unique as the first. It is now the primary key, and a staged row is indexed once:
-- measured alone, staging 950,000 rows took 3.2 s with both indexes and 2.7 s with one.
alter table import_row drop constraint import_row_pkey;
drop index import_row_lane;
alter table import_row add primary key (job_id, lane, row_number);
