-- Business time (ADR 0010, 0304): every fact has the date it took effect (effective_on) beside the
-- moment it was recorded (recorded_at, the event's `time`). A version of a measure, envelope or
-- budget line is valid on date T as known at moment K when it was recorded by K, took effect by T,
-- and its next version was not yet recorded at K or takes effect after T (the next_* columns).
-- Facts recorded before this change took effect on their recording date. A fact is late when it was
-- recorded more than 7 days after it took effect (a correction, history entered afterwards): the few
-- facts an earlier knownAt does not know although they took effect long before it (partial indexes).

alter table measure_version rename column valid_from to recorded_at;
alter table measure_version rename column valid_to to next_recorded_at;
alter table measure_version add column effective_on date;
alter table measure_version add column next_effective_on date;
update measure_version set effective_on = cast(recorded_at at time zone 'Europe/Amsterdam' as date);
update measure_version v set next_effective_on = cast(v.next_recorded_at at time zone 'Europe/Amsterdam' as date)
where v.next_recorded_at is not null;
alter table measure_version alter column effective_on set not null;
alter table measure_version add column late boolean not null default false;
drop index measure_version_valid_from;
drop index measure_version_valid_to;
create index measure_version_effective_on on measure_version (effective_on);
create index measure_version_late on measure_version (recorded_at) where late;

alter table allocation_change rename column occurred_at to recorded_at;
alter table allocation_change add column effective_on date;
update allocation_change set effective_on = cast(recorded_at at time zone 'Europe/Amsterdam' as date);
alter table allocation_change alter column effective_on set not null;
drop index allocation_change_time;
drop index allocation_change_measure;
create index allocation_change_effective_on on allocation_change (effective_on);
create index allocation_change_measure on allocation_change (measure_id, effective_on);
alter table allocation_change add column late boolean not null default false;
create index allocation_change_late on allocation_change (recorded_at) where late;

alter table spending_change rename column occurred_at to recorded_at;
alter table spending_change add column effective_on date;
update spending_change set effective_on = coalesce(spending_date, cast(recorded_at at time zone 'Europe/Amsterdam' as date));
alter table spending_change alter column effective_on set not null;
drop index spending_change_time;
drop index spending_change_measure;
create index spending_change_effective_on on spending_change (effective_on);
create index spending_change_measure on spending_change (measure_id, effective_on);
alter table spending_change add column late boolean not null default false;
update spending_change set late = cast(recorded_at at time zone 'Europe/Amsterdam' as date) > effective_on + 7;
create index spending_change_late on spending_change (recorded_at) where late;

alter table envelope_version rename column valid_from to recorded_at;
alter table envelope_version rename column valid_to to next_recorded_at;
alter table envelope_version add column effective_on date;
alter table envelope_version add column next_effective_on date;
update envelope_version set effective_on = cast(recorded_at at time zone 'Europe/Amsterdam' as date),
    next_effective_on = cast(next_recorded_at at time zone 'Europe/Amsterdam' as date);
alter table envelope_version alter column effective_on set not null;

alter table budget_line_version rename column valid_from to recorded_at;
alter table budget_line_version rename column valid_to to next_recorded_at;
alter table budget_line_version add column effective_on date;
alter table budget_line_version add column next_effective_on date;
update budget_line_version set effective_on = cast(recorded_at at time zone 'Europe/Amsterdam' as date),
    next_effective_on = cast(next_recorded_at at time zone 'Europe/Amsterdam' as date);
alter table budget_line_version alter column effective_on set not null;

-- Precomputed: money per business month (Europe/Amsterdam), fiscal year and priority line, for the series.
create table monthly_money (
    month              date    not null,
    fiscal_year        integer not null,
    priority_line_code text    not null,
    allocated_cents    bigint  not null default 0,
    committed_cents    bigint  not null default 0,
    spent_cents        bigint  not null default 0,
    primary key (month, fiscal_year, priority_line_code)
);
insert into monthly_money (month, fiscal_year, priority_line_code, allocated_cents, committed_cents, spent_cents)
select cast(date_trunc('month', effective_on) as date), fiscal_year, priority_line_code, sum(a), sum(c), sum(s) from (
    select effective_on, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s from allocation_change
    union all
    select effective_on, fiscal_year, priority_line_code, 0,
           case when kind = 'COMMITMENT' then amount_cents else 0 end,
           case when kind = 'EXPENDITURE' then amount_cents else 0 end from spending_change) f
group by 1, 2, 3;
drop table monthly_allocation;

-- The as-of snapshots move to business time (ADR 0304): the aggregates at the end of a business day,
-- as known now. An exact cache: dropped and taken again from the facts.
drop table as_of_snapshot;
drop table money_snapshot;
drop table count_snapshot;

create table as_of_snapshot (
    business_day date primary key
);

create table money_snapshot (
    business_day    date    not null,
    dimension       text    not null,
    fiscal_year     integer not null,
    group_key       text    not null,
    allocated_cents bigint  not null,
    committed_cents bigint  not null,
    spent_cents     bigint  not null,
    primary key (business_day, dimension, fiscal_year, group_key)
);

create table count_snapshot (
    business_day  date    not null,
    dimension     text    not null,
    group_key     text    not null,
    status        text    not null,
    first_year    integer not null,
    last_year     integer not null,
    measure_count bigint  not null,
    primary key (business_day, dimension, group_key, status, first_year, last_year)
);

-- A frozen progress report pins both axes: as_of is the end of its peildatum, known_at the moment it was frozen.
alter table progress_report add column known_at timestamptz;
update progress_report set known_at = created_at;
alter table progress_report alter column known_at set not null;
