-- Priority lines are reference data owned by the measures-service and not published as events;
-- the budget-service keeps this seeded copy of the codes to validate budget lines (ADR 0201).
create table priority_line (
    code  text primary key,
    label text not null
);
insert into priority_line (code, label) values
    ('EARLY_DETECTION',    'Vroegtijdig signaleren: informatiepositie over radicalisering en salafisme'),
    ('FINANCING',          'Aanpak financiering van extremisme en terrorisme'),
    ('DIGITAL_RESILIENCE', 'Digitale weerbaarheid en online extremisme'),
    ('DERADICALISATION',   'Deradicalisering, re-integratie en strafrechtelijke aanpak'),
    ('INTERNATIONAL',      'Internationale inzet');

-- The money available per fiscal year. The database checks repeat the service's rules, so a bug
-- can never store a negative amount.
create table envelope (
    fiscal_year     integer     primary key check (fiscal_year between 2000 and 2100),
    amount_cents    bigint      not null check (amount_cents >= 0),
    budget_article  text        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    changed_at      timestamptz not null,
    changed_by      text        not null
);

-- A budget line. allocated_cents is the running sum of its allocations, kept under the line's row
-- lock; version is both the ETag and the per-line event sequence number.
create table budget_line (
    budget_line_id        uuid        primary key,
    fiscal_year           integer     not null references envelope (fiscal_year),
    priority_line_code    text        not null references priority_line (code),
    title                 text        not null,
    owner_organisation_id uuid        not null,
    amount_cents          bigint      not null check (amount_cents >= 0),
    allocated_cents       bigint      not null check (allocated_cents >= 0 and allocated_cents <= amount_cents),
    version               bigint      not null,
    created_at            timestamptz not null,
    created_by            text        not null,
    changed_at            timestamptz not null,
    changed_by            text        not null
);
create index budget_line_year on budget_line (fiscal_year, priority_line_code);

-- Part of a line assigned to a measure. amount_cents is the sum of the allocation's ledger changes;
-- committed and spent are kept apart and each stays within the allocation.
create table allocation (
    allocation_id   uuid        primary key,
    budget_line_id  uuid        not null references budget_line (budget_line_id),
    -- copied from the line (never changes there) so allocations filter by year and priority line
    fiscal_year     integer     not null,
    priority_line_code text     not null,
    measure_id      uuid        not null,
    amount_cents    bigint      not null check (amount_cents >= 0),
    committed_cents bigint      not null default 0 check (committed_cents >= 0 and committed_cents <= amount_cents),
    spent_cents     bigint      not null default 0 check (spent_cents >= 0 and spent_cents <= amount_cents),
    created_at      timestamptz not null,
    created_by      text        not null,
    unique (budget_line_id, measure_id)
);
create index allocation_measure on allocation (measure_id);
create index allocation_year on allocation (fiscal_year, priority_line_code);

-- The append-only allocation ledger: one entry per change, with one change per allocation it
-- touched (two for a reallocation).
create table ledger_entry (
    entry_id                   uuid        primary key,
    budget_line_id             uuid        not null references budget_line (budget_line_id),
    -- the line's version after this entry: the event's sequence number and the ledger's order
    sequence                   bigint      not null,
    kind                       text        not null check (kind in ('ALLOCATE', 'INCREASE', 'DECREASE', 'WITHDRAW', 'REALLOCATE')),
    amount_cents               bigint      not null check (amount_cents > 0),
    line_allocated_before_cents bigint     not null,
    line_allocated_after_cents bigint      not null,
    reason                     text        not null,
    parliamentary_paper        text,
    actor                      text        not null,
    recorded_at                timestamptz not null
);
create unique index ledger_entry_line on ledger_entry (budget_line_id, sequence);

create table ledger_change (
    entry_id      uuid    not null references ledger_entry (entry_id),
    position      integer not null,
    allocation_id uuid    not null references allocation (allocation_id),
    measure_id    uuid    not null,
    before_cents  bigint  not null check (before_cents >= 0),
    after_cents   bigint  not null check (after_cents >= 0),
    primary key (entry_id, position)
);
create index ledger_change_allocation on ledger_change (allocation_id);

-- Commitments and expenditures against an allocation: append-only, one table, never summed together.
create table spending (
    spending_id    uuid        primary key,
    allocation_id  uuid        not null references allocation (allocation_id),
    kind           text        not null check (kind in ('COMMITMENT', 'EXPENDITURE')),
    amount_cents   bigint      not null check (amount_cents > 0),
    spending_date  date        not null,
    description    text        not null,
    actor          text        not null,
    recorded_at    timestamptz not null
);
create index spending_allocation on spending (allocation_id, kind);

-- Who changed an envelope or a budget line, when, and what it was before and after.
create table change_record (
    change_id      uuid        primary key,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    version        bigint      not null,
    action         text        not null,
    actor          text        not null,
    changed_at     timestamptz not null,
    before_state   text,
    after_state    text        not null
);
create index change_record_aggregate on change_record (aggregate_type, aggregate_id, version);
