-- Shared by every service (ADR 0016): each read of a RESTRICTED or SECRET item, append-only.
create table access_log (
    id             bigint generated always as identity primary key,
    read_at        timestamptz not null default now(),
    actor          text        not null,
    organisation   text,
    clearance      text        not null,
    item_type      text        not null,
    item_id        uuid        not null,
    classification text        not null,
    operation      text        not null,
    request_id     text
);
create index access_log_item on access_log (item_id, read_at);
create index access_log_actor on access_log (actor, read_at);

-- Append-only: no statement may change or remove what was recorded, not even the service's own.
create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only: % refused', tg_op;
end $$;
create trigger access_log_no_update_or_delete before update or delete on access_log
    for each row execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();
