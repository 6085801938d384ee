-- Shipped by kvalitet-platform: every service gets the outbox its relay publishes from and the
-- log of applied event ids its consumers check before changing anything.
create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    type         varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

create table processed_event (
    event_id     uuid         not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (event_id, consumer)
);
