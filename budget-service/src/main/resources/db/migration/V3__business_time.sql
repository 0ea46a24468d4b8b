-- Business time (ADR 0010): the calendar date (Europe/Amsterdam) a fact took effect, beside the
-- moment it was recorded. Rows recorded before this change take the date they were recorded on.

-- An envelope and a line keep their first effective date (established_on: nothing of the year or
-- the line can take effect before it) and the one of their current version (effective_on: the next
-- version cannot take effect before it).
alter table envelope add column established_on date, add column effective_on date;
update envelope set established_on = (created_at at time zone 'Europe/Amsterdam')::date,
                    effective_on   = (changed_at at time zone 'Europe/Amsterdam')::date;
alter table envelope alter column established_on set not null, alter column effective_on set not null,
    add constraint envelope_effective_after_established check (effective_on >= established_on);

alter table budget_line add column established_on date, add column effective_on date;
update budget_line set established_on = (created_at at time zone 'Europe/Amsterdam')::date,
                       effective_on   = (changed_at at time zone 'Europe/Amsterdam')::date;
alter table budget_line alter column established_on set not null, alter column effective_on set not null,
    add constraint budget_line_effective_after_established check (effective_on >= established_on);

-- A ledger entry's decision date. Entries are not ordered by it: a correction may be dated back.
-- Commitments and expenditures need no column: their spending_date is their business date.
alter table ledger_entry add column effective_on date;
update ledger_entry set effective_on = (recorded_at at time zone 'Europe/Amsterdam')::date;
alter table ledger_entry alter column effective_on set not null;
