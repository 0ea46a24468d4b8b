-- The W3C trace context (traceparent, tracestate) of the transaction that wrote an outbox event,
-- published with it as the CloudEvents tracing extension (ADR 0011). Null for rows written before.
-- Here and not in db/platform: a V0_3 there would sort before the migrations already applied.
alter table outbox_event
    add column trace_parent text,
    add column trace_state  text;
