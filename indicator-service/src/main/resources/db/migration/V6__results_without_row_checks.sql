-- A national import writes a million results: the three foreign keys of indicator_result checked
-- each row against known_unit, requirement and import_job, and cost more than a third of writing
-- the rows. What they guarded is held otherwise: a result is recorded only after the recording has
-- found its unit and requirement in the same transaction (an unknown one is refused, row by row),
-- units and requirements are never deleted (a unit closes, a requirement is retired), and
-- import_job_id is written by the job itself, whose row exists before its first result.
alter table indicator_result
    drop constraint indicator_result_unit_id_fkey,
    drop constraint indicator_result_requirement_code_fkey,
    drop constraint indicator_result_import_job_id_fkey;
