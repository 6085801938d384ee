-- Where each threshold figure comes from: a legal limit, a guideline, a national figure, or a policy choice said plainly.
alter table threshold_version add column basis varchar(1000);
