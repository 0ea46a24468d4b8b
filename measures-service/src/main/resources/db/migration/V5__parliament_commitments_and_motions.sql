-- Commitments to parliament (toezeggingen) and motions (moties), ADR 0103: entered by hand or imported
-- from the Tweede Kamer's open data (portal_id is then the portal's Id, the key of the upsert), linked
-- to the measures that answer them. Each is versioned like a measure: the version is its ETag, its
-- history entry and its event's sequence.
create table commitment (
    id              uuid primary key,
    portal_id       varchar(100),
    number          varchar(60)    not null,
    text            varchar(10000) not null,
    status          text           not null
        check (status in ('OPEN', 'FULFILLED', 'PARTLY_FULFILLED', 'LAPSED', 'UNKNOWN')),
    -- exactly as the portal gave it; an unknown one is kept here with status UNKNOWN
    portal_status   varchar(100),
    made_on         date           not null,
    due_date        date,
    fulfilled_by    varchar(200),
    ministry        varchar(200),
    minister        varchar(200),
    activity_number varchar(60),
    illustrative    boolean        not null,
    effective_on    date           not null,
    version         bigint         not null check (version >= 1),
    created_at      timestamptz    not null,
    created_by      text           not null,
    changed_at      timestamptz    not null,
    changed_by      text           not null
);
create unique index commitment_portal_id_unique on commitment (portal_id);
create unique index commitment_number_unique on commitment (lower(number));
-- the list filters on status and, for overdue ones, on the due date of the open ones
create index commitment_status on commitment (status, number);
create index commitment_open_due on commitment (due_date) where status = 'OPEN';

create table commitment_measure (
    commitment_id uuid not null references commitment (id),
    measure_id    uuid not null references measure (id),
    primary key (commitment_id, measure_id)
);
create index commitment_measure_measure on commitment_measure (measure_id);

create table motion (
    id                   uuid primary key,
    portal_id            varchar(100),
    number               varchar(60)  not null,
    dossier_number       varchar(30)  not null,
    volgnummer           integer,
    title                varchar(1000) not null,
    subject              varchar(1000),
    submitted_on         date,
    cabinet_appreciation varchar(100),
    decision             text check (decision in ('ADOPTED', 'REJECTED', 'HELD', 'WITHDRAWN')),
    decided_on           date,
    follow_up_status     text         not null
        check (follow_up_status in ('OPEN', 'FULFILLED', 'PARTLY_FULFILLED', 'LAPSED', 'UNKNOWN')),
    reported_in          varchar(200),
    illustrative         boolean      not null,
    effective_on         date         not null,
    version              bigint       not null check (version >= 1),
    created_at           timestamptz  not null,
    created_by           text         not null,
    changed_at           timestamptz  not null,
    changed_by           text         not null,
    check (decided_on is null or decision is not null)
);
create unique index motion_portal_id_unique on motion (portal_id);
create unique index motion_number_unique on motion (lower(number));
create index motion_decision on motion (decision, number);
create index motion_follow_up_status on motion (follow_up_status, number);

create table motion_submitter (
    motion_id uuid         not null references motion (id),
    position  integer      not null,
    name      varchar(200) not null,
    primary key (motion_id, position)
);

create table motion_measure (
    motion_id  uuid not null references motion (id),
    measure_id uuid not null references measure (id),
    primary key (motion_id, measure_id)
);
create index motion_measure_measure on motion_measure (measure_id);

-- Who changed a commitment or motion, when, from which business date, and what changed: one row per version.
create table parliament_history (
    id           uuid primary key,
    record_kind  text        not null check (record_kind in ('COMMITMENT', 'MOTION')),
    record_id    uuid        not null,
    version      bigint      not null,
    action       text        not null,
    actor        text        not null,
    changed_at   timestamptz not null,
    effective_on date        not null,
    changes      text        not null,
    unique (record_id, version)
);
