-- Classification (ADR 0016): each measure and budget line version carries its item's classification;
-- the current version's governs what a report shows a reader. Events from before carry none: PUBLIC.
alter table measure_version add column classification text
    generated always as (coalesce(state ->> 'classification', 'PUBLIC')) stored;
alter table budget_line_version add column classification text not null default 'PUBLIC';
create index measure_version_current_classified on measure_version (measure_id)
    where next_recorded_at is null and classification <> 'PUBLIC';
create index budget_line_version_current_classified on budget_line_version (budget_line_id)
    where next_recorded_at is null and classification <> 'PUBLIC';

-- The clearance a progress report was frozen for: readers without it do not see the report at all.
alter table progress_report add column classification text not null default 'PUBLIC';
