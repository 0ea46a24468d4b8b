-- The budget-service's local copy of the measures, built from the measure events: which measures
-- exist and their status, so allocations to unknown, cancelled or completed measures are refused.
create table measure_copy (
    measure_id  uuid        primary key,
    code        text        not null,
    title       text        not null,
    status      text        not null,
    sequence    bigint      not null,
    updated_at  timestamptz not null
);
