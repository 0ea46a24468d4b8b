-- Commitments (toezeggingen) and motions (moties) to parliament, from the measures-service's
-- parliament events: every state each has had, on both time axes like measure_version (ADR 0304).
create table parliament_item_version (
    kind               text        not null, -- COMMITMENT or MOTION
    item_id            uuid        not null,
    sequence           bigint      not null,
    recorded_at        timestamptz not null,
    effective_on       date        not null,
    next_recorded_at   timestamptz,
    next_effective_on  date,
    number             text        not null,
    title              text        not null,
    status             text        not null, -- a commitment's status, a motion's follow-up status
    due_date           date,
    decision           text,
    measure_ids        uuid[]      not null,
    illustrative       boolean     not null,
    state              jsonb       not null,
    primary key (item_id, sequence)
);
create unique index parliament_item_version_current on parliament_item_version (item_id) where next_recorded_at is null;
create index parliament_item_version_kind on parliament_item_version (kind, effective_on);
