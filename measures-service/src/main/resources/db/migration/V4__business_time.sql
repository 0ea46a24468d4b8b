-- Business time (ADR 0010): the date a measure's current state took effect, a calendar date in
-- Europe/Amsterdam, and per history entry the date that version took effect. Until now only the
-- recording time was kept, so what exists took effect, as far as anyone can tell, on the day it was
-- recorded: a measure on the date of its last change, each history entry on the date of its own
-- change. That is also the date consumers take for older events without effectiveOn.
alter table measure add column effective_on date;
update measure set effective_on = (changed_at at time zone 'Europe/Amsterdam')::date;
alter table measure alter column effective_on set not null;

alter table measure_history add column effective_on date;
update measure_history set effective_on = (changed_at at time zone 'Europe/Amsterdam')::date;
alter table measure_history alter column effective_on set not null;
