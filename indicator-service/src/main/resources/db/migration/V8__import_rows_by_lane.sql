-- A lane of an import reads its staged rows in row order, a chunk at a time. Filtered by a hash
-- of the unit, the planner could not tell how many rows a chunk must pass over, and scanned the
-- job's rows whole for each chunk. The lane is now written when a row is staged and indexed with
-- the row number: a chunk is one index range. Rows staged before this (a job under way in a
-- replica of the previous version) take lane 0, which that version never reads.
alter table import_row add column lane smallint not null default 0;
alter table import_row alter column lane drop default;
create index import_row_lane on import_row (job_id, lane, row_number);
