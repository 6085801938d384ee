-- An event's JSON is written once, read once by the relay and purged after the retention; the
-- relay's Kafka producer compresses it on its way out. Compressing it in the table as well (pglz,
-- for every payload over 2 kB, such as an import's events of a unit's results) cost the server
-- more than writing it whole: measured on this project's 2-core machine, COPY of 50,000 import
-- events (400 MB) took 3.2 s compressed and 2.3 s uncompressed. Larger payloads still move out of
-- line into the TOAST table, uncompressed.
alter table outbox_event alter column payload set storage external;
