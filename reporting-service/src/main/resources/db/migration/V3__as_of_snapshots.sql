-- As-of snapshots (ADR 0302): the as-of aggregates at the end of every UTC day that has facts, so an
-- "as of" report reads the latest snapshot at or before its moment plus the facts of at most one
-- day after it, whatever the number of measures and events. An exact cache: an applied event
-- deletes every snapshot at or after its time, and the snapshots are taken again from the facts.
-- The moments of the complete snapshots; money_snapshot and count_snapshot rows are written first.
create table as_of_snapshot (
    taken_at timestamptz primary key
);

create table money_snapshot (
    taken_at        timestamptz not null,
    dimension       text        not null,
    fiscal_year     integer     not null,
    group_key       text        not null,
    allocated_cents bigint      not null,
    committed_cents bigint      not null,
    spent_cents     bigint      not null,
    primary key (taken_at, dimension, fiscal_year, group_key)
);

create table count_snapshot (
    taken_at      timestamptz not null,
    dimension     text        not null,
    group_key     text        not null,
    status        text        not null,
    first_year    integer     not null,
    last_year     integer     not null,
    measure_count bigint      not null,
    primary key (taken_at, dimension, group_key, status, first_year, last_year)
);

-- Versions that ended after a snapshot (a measure that moved between groups since).
create index measure_version_valid_to on measure_version (valid_to);
