#!/usr/bin/env bash
# Event lag (issue 19): from an allocation change accepted through the gateway to the moment its figure
# is in the reports, at RATE allocation changes a second (open loop), with the outbox relay's share
# (accepted -> published_at in the budget outbox, set once Kafka acked) and the reporting consumer's
# share (published_at -> the commit of the reporting transaction that applied the event) apart.
# Client: e2e-tests' nl.iat.e2e.bench.EventLag. Prints percentiles; exits non-zero when a change was
# refused or failed, or did not reach the reports within 10 s after the last send.
#
# Needs the local run going (`./iat run`, one gateway on 8080) and what its build leaves in
# e2e-tests/target/classes and e2e-tests/target/lib (or `mvn -B package -DskipTests -pl e2e-tests -am`);
# this script builds nothing. Also psql, curl.
#
# It INSTRUMENTS THE LOCAL RUN'S REPORTING DATABASE for the duration of the run: a trigger on
# processed_event (AFTER INSERT, FOR EACH ROW) that sends pg_notify('iat_event_lag', event_id). A
# notification is delivered when its transaction commits, which is when the read-model change made in
# the same transaction becomes visible; the client LISTENs and stamps each on arrival, so nothing polls
# the reports. The trigger and its function are dropped on exit, also on failure or Ctrl-C.
# It also leaves data behind in the local run, marked "Benchmark event lag": fiscal year 2016's envelope
# (created once), and per run a budget line of that year, a measure and one allocation increased a cent
# per request.
#
#   RATE=100 WARMUP=10s DURATION=30s docs/benchmarks/event-lag/run.sh     (the defaults)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
RATE=${RATE:-100}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
GW=${GW:-http://127.0.0.1:8080}
export PGPASSWORD=${IAT_DB_PASSWORD:-} PGOPTIONS="-c client_min_messages=warning"  # no NOTICE of "if exists"
PSQL=(psql -h "${IAT_DB_HOST:-127.0.0.1}" -p "${IAT_DB_PORT:-5432}" -U "${IAT_DB_USER:-postgres}" -d reporting
      -v ON_ERROR_STOP=1 -q)

curl -fsS "$GW/q/health/ready" > /dev/null || { echo "the local run is not up at $GW (./iat run)" >&2; exit 2; }
[[ -d "$ROOT/e2e-tests/target/classes/nl/iat/e2e/bench" && -d "$ROOT/e2e-tests/target/lib" ]] \
    || { echo "e2e-tests/target/classes and target/lib are missing or old: build first (see above)" >&2; exit 2; }

uninstrument() {
    "${PSQL[@]}" -c "drop trigger if exists iat_event_lag on processed_event" \
                 -c "drop function if exists iat_event_lag_notify()" || true
}
trap uninstrument EXIT
trap "exit 130" INT TERM  # so that the EXIT trap runs on Ctrl-C and kill too
uninstrument
"${PSQL[@]}" <<'SQL'
create function iat_event_lag_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('iat_event_lag', new.event_id);
    return null;
end $$;
create trigger iat_event_lag after insert on processed_event
    for each row execute function iat_event_lag_notify();
SQL

# Small and C1-only like the services of the local run: the client shares their 2 cores.
java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$ROOT/e2e-tests/target/classes:$ROOT/e2e-tests/target/lib/*" nl.iat.e2e.bench.EventLag \
    "$GW" "$RATE" "$WARMUP" "$DURATION"
