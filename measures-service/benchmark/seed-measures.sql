-- Synthetic measures for the list benchmark: :count rows spread evenly over intervention areas,
-- statuses, approaches, natures and priority lines (mixed radix, so every combination occurs) and
-- the seeded organisations. Run after the service
-- has migrated the database. Usage: psql -v count=10000 -v offset=0 -f seed-measures.sql
insert into measure (id, code, title, description, framework_code, intervention_area_code, priority_line_code,
                     approach, nature, lead_organisation_id, start_date, end_date, status, impact_level, review_date,
                     effective_on, version, created_at, created_by, changed_at, changed_by)
select gen_random_uuid(),
       'BENCH-' || lpad((:offset + n)::text, 6, '0'),
       'Benchmark maatregel ' || (:offset + n),
       'Synthetische maatregel voor de lijstbenchmark.',
       'NCTS-2016-2020',
       (array['VERWERVEN','VOORKOMEN','VERDEDIGEN','VOORBEREIDEN','VERVOLGEN'])[1 + n % 5],
       (array['EARLY_DETECTION','FINANCING','DIGITAL_RESILIENCE','DERADICALISATION','INTERNATIONAL', null])[1 + (n / 75) % 6],
       (array['PREVENTIVE','REPRESSIVE','CURATIVE'])[1 + (n / 25) % 3],
       (array['CONTINUATION','INTENSIFICATION'])[1 + (n / 450) % 2],
       ('00000000-0000-4000-8000-0000000000' || lpad((1 + (n / 7) % 27)::text, 2, '0'))::uuid,
       date '2018-01-01' + (n % 1460),
       date '2018-01-01' + (n % 1460) + 365,
       (array['PROPOSED','APPROVED','IN_PROGRESS','COMPLETED','CANCELLED'])[1 + (n / 5) % 5],
       (array['NONE','LOW','MEDIUM','HIGH', null])[1 + (n / 11) % 5],
       case when n % 4 = 0 then date '2019-01-01' + (n % 2000) end,
       (now() at time zone 'Europe/Amsterdam')::date, 1, now(), 'benchmark', now(), 'benchmark'
from generate_series(1, :count) as n;
vacuum analyze measure;
