-- Shared by every service: the first response to each Idempotency-Key, per client.
create table idempotency_key (
    actor       text        not null,
    key         text        not null,
    fingerprint text        not null,
    status      integer,
    body        text,
    location    text,
    etag        text,
    created_at  timestamptz not null,
    primary key (actor, key)
);
