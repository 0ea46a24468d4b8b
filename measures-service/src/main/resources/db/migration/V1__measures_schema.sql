-- The measures register's own tables are added by the measures-service migrations that follow.
select 1;
