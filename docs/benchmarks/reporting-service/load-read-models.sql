-- Bulk data for the reporting-service benchmarks, written straight into the read models (not via
-- events): :measures measures and :events allocation ledger changes taking effect over 2018-2021, plus
-- a fifth as many commitments and expenditures, and the precomputed aggregates derived from them by
-- the same rules the projection applies. Recording time follows business time as it does in use: each
-- fact is recorded 0-71 hours after it took effect, except 100 late corrections (a number people make,
-- whatever the number of events) recorded in June 2022 and dated back over the four years (ADR 0304).
-- The service takes the as-of snapshots from these facts in the background. Run against an empty,
-- migrated database (run.sh does all of it):
--   psql -h 127.0.0.1 -U postgres -d reporting_bench -v measures=1000 -v events=1000000 -f load-read-models.sql
\set ON_ERROR_STOP on
begin;
truncate measure_version, allocation_change, spending_change, envelope_version, budget_line_version,
    allocation_current, money_by_group, measure_count_by_group, group_label, monthly_money, event_history,
    as_of_snapshot, money_snapshot, count_snapshot;

insert into envelope_version (fiscal_year, recorded_at, effective_on, amount_cents, budget_article)
select y, make_date(y - 1, 12, 1), make_date(y - 1, 12, 1), 1300000000, 'VI.36' from generate_series(2018, 2021) y;

insert into budget_line_version (budget_line_id, version, recorded_at, effective_on, fiscal_year, priority_line_code,
    title, amount_cents)
select md5('line' || y || p)::uuid, 1, make_date(y - 1, 12, 2), make_date(y - 1, 12, 2), y,
       (array['EARLY_DETECTION','FINANCING','DIGITAL_RESILIENCE','DERADICALISATION','INTERNATIONAL'])[p], 'Line ' || p, 260000000
from generate_series(2018, 2021) y, generate_series(1, 5) p;

insert into measure_version (measure_id, sequence, event_type, recorded_at, effective_on, code, title, intervention_area_code,
    priority_line_code, approach, nature, lead_organisation_id, lead_organisation_name, status, start_date, end_date,
    impact_level, assessment_complete, review_date, changed_by, state)
select md5('measure' || i)::uuid, 1, 'nl.iat.measures.registered.v1',
       timestamptz '2017-12-01' + (i % 150) * interval '1 hour', date '2017-12-01', 'BM-' || i, 'Benchmark measure ' || i,
       (array['VERWERVEN','VOORKOMEN','VERDEDIGEN','VOORBEREIDEN','VERVOLGEN'])[1 + i % 5],
       case when i % 7 = 0 then null else (array['EARLY_DETECTION','FINANCING','DIGITAL_RESILIENCE','DERADICALISATION','INTERNATIONAL'])[1 + i % 5] end,
       (array['PREVENTIVE','REPRESSIVE','CURATIVE'])[1 + i % 3],
       (array['CONTINUATION','INTENSIFICATION'])[1 + i % 2],
       'org-' || (i % 60), 'Organisation ' || (i % 60),
       (array['PROPOSED','APPROVED','IN_PROGRESS','COMPLETED','CANCELLED'])[1 + i % 5],
       date '2018-01-01', date '2021-12-31',
       (array['NONE','LOW','MEDIUM','HIGH'])[1 + i % 4], i % 11 <> 0, date '2019-01-01' + (i % 1000),
       'bench', jsonb_build_object('measureId', md5('measure' || i)::uuid, 'code', 'BM-' || i,
            'title', 'Benchmark measure ' || i, 'milestones', '[]'::jsonb)
from generate_series(1, :measures) i;

insert into allocation_change (entry_id, kind, effective_on, recorded_at, late, allocation_id, measure_id, budget_line_id,
    fiscal_year, priority_line_code, delta_cents, reason, actor)
select md5('entry' || e)::uuid, case when e % 10 = 0 then 'DECREASE' else 'INCREASE' end,
       d, case when e % (:events / 100) = 0 then timestamptz '2022-06-01 10:00+02' else d + (e % 72) * interval '1 hour' end,
       e % (:events / 100) = 0,
       md5('allocation' || (e % :measures) || '-' || (2018 + e % 4))::uuid, md5('measure' || (1 + e % :measures))::uuid,
       md5('line' || (2018 + e % 4) || (1 + e % 5))::uuid, 2018 + e % 4,
       (array['EARLY_DETECTION','FINANCING','DIGITAL_RESILIENCE','DERADICALISATION','INTERNATIONAL'])[1 + e % 5],
       case when e % 10 = 0 then -100 else 137 end, 'bench', 'bench'
from generate_series(1, :events) e,
     lateral (select date '2018-01-01' + cast(floor(e::double precision / :events * 1460) as integer) as d) x;

insert into spending_change (spending_id, kind, effective_on, recorded_at, spending_date, allocation_id, measure_id,
    budget_line_id, fiscal_year, priority_line_code, amount_cents, description, actor)
select md5('spending' || e)::uuid, case when e % 2 = 0 then 'COMMITMENT' else 'EXPENDITURE' end,
       d, d + (e % 72) * interval '1 hour', d,
       md5('allocation' || (e % :measures) || '-' || (2018 + e % 4))::uuid, md5('measure' || (1 + e % :measures))::uuid,
       md5('line' || (2018 + e % 4) || (1 + e % 5))::uuid, 2018 + e % 4,
       (array['EARLY_DETECTION','FINANCING','DIGITAL_RESILIENCE','DERADICALISATION','INTERNATIONAL'])[1 + e % 5], 11, 'bench', 'bench'
from generate_series(1, :events / 5) e,
     lateral (select date '2018-01-01' + cast(floor(e::double precision / (:events / 5) * 1460) as integer) as d) x;

-- One event in the history per fact, for the "events included up to" lookups.
insert into event_history (event_id, source, type, subject, sequence, occurred_at, data)
select entry_id::text, 'urn:nld:iat:budget', 'nl.iat.budget.ledger-entries.recorded.v1', budget_line_id::text, position,
       recorded_at, '{}' from allocation_change;

-- The precomputed aggregates, by the projection's rules.
insert into allocation_current (allocation_id, measure_id, budget_line_id, fiscal_year, priority_line_code,
    allocated_cents, committed_cents, spent_cents)
select allocation_id, min(measure_id::text)::uuid, min(budget_line_id::text)::uuid, min(fiscal_year), min(priority_line_code),
       sum(a), sum(c), sum(s) from (
    select allocation_id, measure_id, budget_line_id, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s from allocation_change
    union all
    select allocation_id, measure_id, budget_line_id, fiscal_year, priority_line_code, 0,
           case when kind = 'COMMITMENT' then amount_cents else 0 end, case when kind = 'EXPENDITURE' then amount_cents else 0 end
    from spending_change) f group by allocation_id;

insert into money_by_group (fiscal_year, dimension, group_key, allocated_cents, committed_cents, spent_cents)
select a.fiscal_year, d.dimension, d.group_key, sum(a.allocated_cents), sum(a.committed_cents), sum(a.spent_cents)
from allocation_current a join measure_version m on m.measure_id = a.measure_id and m.next_recorded_at is null
cross join lateral (values ('TOTAL', 'TOTAL'), ('INTERVENTION_AREA', m.intervention_area_code),
    ('PRIORITY_LINE', a.priority_line_code), ('LEAD_ORGANISATION', m.lead_organisation_id), ('APPROACH', m.approach),
    ('NATURE', m.nature)) d(dimension, group_key)
group by 1, 2, 3;

insert into measure_count_by_group (dimension, group_key, status, first_year, last_year, measure_count)
select d.dimension, d.group_key, m.status, extract(year from m.start_date), extract(year from m.end_date), count(*)
from measure_version m
cross join lateral (values ('TOTAL', 'TOTAL'), ('INTERVENTION_AREA', m.intervention_area_code),
    ('PRIORITY_LINE', coalesce(m.priority_line_code, 'NONE')), ('LEAD_ORGANISATION', m.lead_organisation_id),
    ('APPROACH', m.approach), ('NATURE', m.nature), ('IMPACT_LEVEL', coalesce(m.impact_level, 'NONE'))) d(dimension, group_key)
where m.next_recorded_at is null group by 1, 2, 3, 4, 5;

insert into group_label (dimension, group_key, label)
select distinct 'LEAD_ORGANISATION', lead_organisation_id, lead_organisation_name from measure_version;

insert into monthly_money (month, fiscal_year, priority_line_code, allocated_cents, committed_cents, spent_cents)
select cast(date_trunc('month', effective_on) as date), fiscal_year, priority_line_code, sum(a), sum(c), sum(s) from (
    select effective_on, fiscal_year, priority_line_code, delta_cents a, 0 c, 0 s from allocation_change
    union all
    select effective_on, fiscal_year, priority_line_code, 0, case when kind = 'COMMITMENT' then amount_cents else 0 end,
           case when kind = 'EXPENDITURE' then amount_cents else 0 end from spending_change) f
group by 1, 2, 3;
commit;
analyze;
