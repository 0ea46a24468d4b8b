-- The measures register: reference data, organisations, measures and everything that hangs off a
-- measure. Codes of reference data are stable keys that other services receive in events.

create extension if not exists pg_trgm;

-- A counter-terrorism strategy with its own set of intervention areas (NCTS 2016-2020 has five,
-- the 2022 strategy four goals): data, not an enum, so a new strategy needs no code change.
create table framework (
    code                text primary key,
    name_nl             varchar(200) not null,
    name_en             varchar(200) not null,
    description_nl      text         not null,
    description_en      text         not null,
    valid_from          date         not null,
    valid_until         date,
    parliamentary_paper varchar(60),
    recorded_at         timestamptz  not null,
    recorded_by         text         not null
);

create table intervention_area (
    framework_code text         not null references framework (code),
    code           text         not null,
    number         integer      not null,
    name_nl        varchar(200) not null,
    name_en        varchar(200) not null,
    description_nl text         not null,
    description_en text         not null,
    primary key (framework_code, code),
    unique (framework_code, number)
);

create table priority_line (
    code           text primary key,
    number         integer      not null unique,
    name_nl        varchar(200) not null,
    name_en        varchar(200) not null,
    description_nl text         not null,
    description_en text         not null,
    recorded_at    timestamptz  not null,
    recorded_by    text         not null
);

create table organisation (
    id         uuid primary key,
    name       varchar(200) not null,
    kind       text         not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by text         not null,
    changed_at timestamptz  not null,
    changed_by text         not null
);
create unique index organisation_name_unique on organisation (lower(name));
create index organisation_kind on organisation (kind);

-- The fixed scale of the Dreigingsbeeld Terrorisme Nederland (DTN): level 1 to 5.
create table threat_level_scale (
    level   integer primary key check (level between 1 and 5),
    name_nl varchar(60) not null,
    name_en varchar(60) not null
);

-- The level each DTN edition set; the current level is the one of the latest edition.
create table threat_level (
    id                  uuid primary key,
    dtn_edition         integer     not null unique,
    published_on        date        not null,
    level               integer     not null references threat_level_scale (level),
    parliamentary_paper varchar(60),
    recorded_at         timestamptz not null,
    recorded_by         text        not null
);
create index threat_level_published_on on threat_level (published_on desc, dtn_edition desc);

create sequence measure_code_seq;

create table measure (
    id                     uuid primary key,
    code                   varchar(40)   not null,
    title                  varchar(300)  not null,
    description            varchar(10000) not null,
    framework_code         text          not null,
    intervention_area_code text          not null,
    priority_line_code     text references priority_line (code),
    approach               text          not null,
    nature                 text          not null,
    lead_organisation_id   uuid          not null references organisation (id),
    start_date             date          not null,
    end_date               date,
    status                 text          not null,
    previous_status        text,
    status_reason          varchar(1000),
    current_assessment_id  uuid,
    impact_level           text,
    review_date            date,
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             text          not null,
    changed_at             timestamptz   not null,
    changed_by             text          not null,
    foreign key (framework_code, intervention_area_code) references intervention_area (framework_code, code),
    check (end_date is null or end_date >= start_date)
);
create unique index measure_code_unique on measure (lower(code));
-- What the list filters on; text search on code and title uses trigram indexes.
create index measure_area on measure (intervention_area_code, status);
create index measure_priority_line on measure (priority_line_code, status);
create index measure_status on measure (status, code);
create index measure_approach on measure (approach);
create index measure_nature on measure (nature);
create index measure_lead_organisation on measure (lead_organisation_id);
create index measure_impact_level on measure (impact_level);
create index measure_review_date on measure (review_date) where review_date is not null;
create index measure_start_date on measure (start_date);
create index measure_code_trgm on measure using gin (lower(code) gin_trgm_ops);
create index measure_title_trgm on measure using gin (lower(title) gin_trgm_ops);

create table measure_partner (
    measure_id      uuid not null references measure (id),
    organisation_id uuid not null references organisation (id),
    primary key (measure_id, organisation_id)
);
create index measure_partner_organisation on measure_partner (organisation_id);

create table measure_parliamentary_paper (
    measure_id uuid        not null references measure (id),
    position   integer     not null,
    reference  varchar(60) not null,
    primary key (measure_id, position)
);

create table milestone (
    id         uuid primary key,
    measure_id uuid         not null references measure (id),
    title      varchar(300) not null,
    due_date   date         not null,
    done_on    date,
    created_at timestamptz  not null,
    created_by text         not null
);
create index milestone_measure on milestone (measure_id, due_date);
create index milestone_open_due on milestone (due_date) where done_on is null;

-- Every proportionality assessment ever set: a revision is appended, never overwritten.
create table assessment_revision (
    id                  uuid primary key,
    measure_id          uuid          not null references measure (id),
    revision            integer       not null,
    impact_level        text          not null,
    fundamental_rights  text          not null,
    legal_basis         varchar(500),
    justification       varchar(5000),
    dpia_reference      varchar(100),
    review_date         date,
    assessed_at         timestamptz   not null,
    assessed_by         text          not null,
    unique (measure_id, revision)
);
alter table measure add foreign key (current_assessment_id) references assessment_revision (id);

-- Who changed what and when, one row per version of a measure.
create table measure_history (
    id         uuid primary key,
    measure_id uuid        not null references measure (id),
    version    bigint      not null,
    action     text        not null,
    actor      text        not null,
    changed_at timestamptz not null,
    changes    text        not null,
    unique (measure_id, version)
);
