-- ADR 0016: how secret a measure is. Existing measures were registered as open records, so PUBLIC.
alter table measure add column classification text not null default 'PUBLIC'
    constraint measure_classification_known check (classification in ('PUBLIC', 'RESTRICTED', 'SECRET'));
