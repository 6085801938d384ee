-- The W3C traceparent of the change that wrote an outbox row, which the relay sends as the
-- record's traceparent header so that the consumer continues the same trace.
alter table outbox_event add column traceparent varchar(100);
