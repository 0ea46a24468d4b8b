-- ADR 0016: how secret a budget line is, and the classification of each measure as its events carry
-- it. Rows from before classification, and measure events without the field, are PUBLIC.
alter table budget_line
    add column classification text not null default 'PUBLIC'
        constraint budget_line_classification check (classification in ('PUBLIC', 'RESTRICTED', 'SECRET'));
alter table measure_copy
    add column classification text not null default 'PUBLIC'
        constraint measure_copy_classification check (classification in ('PUBLIC', 'RESTRICTED', 'SECRET'));
