#!/usr/bin/env bash
# Benchmark of the budget-service (docs/benchmarks/budget-service.md): ledger entries per second on
# one hot line and spread over 100 lines, against the packaged service with a real PostgreSQL and a
# real Kafka broker. Needs `mvn package -pl budget-service` and `mvn install -pl kafka-broker` first.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${WORK:-/tmp/budget-bench}
PORT=${PORT:-18082}
KAFKA_PORT=${KAFKA_PORT:-19192}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
DB=budget_bench
API=http://127.0.0.1:$PORT/api/budget/v1
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

KAFKA_PID=""
SERVICE_PID=""
stop() {
    # the service first, while the broker it flushes to is still up
    for pid in $SERVICE_PID $KAFKA_PID; do
        kill "$pid" 2>/dev/null || true
        timeout 20 tail --pid="$pid" -f /dev/null || kill -9 "$pid" 2>/dev/null || true
    done
}
trap stop EXIT

rm -rf "$WORK" && mkdir -p "$WORK"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"

java -cp "$ROOT/kafka-broker/target/iat-kafka-broker-1.0.0-SNAPSHOT.jar:$ROOT/kafka-broker/target/lib/*" \
    nl.iat.kafka.LocalKafkaBroker "$WORK/kafka" "$KAFKA_PORT" $((KAFKA_PORT + 1)) > "$WORK/kafka.log" 2>&1 &
KAFKA_PID=$!
$PSQL -c "drop database if exists $DB" -c "create database $DB"
cp -r "${APP:-$ROOT/budget-service/target/quarkus-app}" "$WORK/app"  # APP: another build, e.g. of an older commit
PORT=$PORT IAT_DB_NAME=$DB KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT IAT_JWT_PUBLIC_KEY="$WORK/public.pem" \
    java ${JAVA_OPTS:-} -jar "$WORK/app/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!

for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break
    sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null

ADMIN=$(python3 "$HERE/mint_token.py" "$WORK/private.pem" admin)
CONTROLLER=$(python3 "$HERE/mint_token.py" "$WORK/private.pem" budget-controller)
post() { curl -sf -X POST "$API$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3"; }

post /envelopes "$ADMIN" '{"fiscalYear":2018,"amountCents":10000000000000,"budgetArticle":"VI.36"}' > /dev/null
# The measure copy is normally filled by measure events; here 100 approved measures are seeded directly.
: > "$WORK/lines.txt"
for i in $(seq 1 100); do
    line=$(post /budget-lines "$CONTROLLER" "{\"fiscalYear\":2018,\"priorityLineCode\":\"FINANCING\",\"title\":\"Bench $i\",\"ownerOrganisationId\":\"6f1c2a7e-2d4b-4c55-9a0e-1b2c3d4e5f60\",\"amountCents\":10000000000}" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["budgetLineId"])')
    measure=$(python3 -c 'import uuid; print(uuid.uuid4())')
    $PSQL -d $DB -c "insert into measure_copy values ('$measure', 'BENCH-$i', 'Bench $i', 'APPROVED', 1, now())"
    post "/budget-lines/$line/ledger-entries" "$CONTROLLER" \
        "{\"kind\":\"ALLOCATE\",\"measureId\":\"$measure\",\"amountCents\":1,\"reason\":\"benchmark\"}" > /dev/null
    echo "$line $measure" >> "$WORK/lines.txt"
done

cpu_ms() {  # CPU time the service process has used so far, in milliseconds
    awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVICE_PID/stat"
}
machine_cpu_ms() {  # CPU time all processes on the machine have used so far (user, nice, system), in ms
    awk -v hz="$(getconf CLK_TCK)" '/^cpu / {print int(($2 + $3 + $4) * 1000 / hz)}' /proc/stat
}
entries() { $PSQL -d $DB -At -c "select count(*) from ledger_entry"; }
run() {  # name, lines, connections
    echo "== $1: $2 line(s), $3 connections, $DURATION"
    local cpu_before machine_before entries_before
    cpu_before=$(cpu_ms)
    machine_before=$(machine_cpu_ms)
    entries_before=$(entries)
    TOKEN=$CONTROLLER LINES_FILE="$WORK/lines.txt" LINES=$2 \
        wrk -t2 -c"$3" -d"$DURATION" -s "$HERE/increase.lua" "http://127.0.0.1:$PORT" | grep -E 'Requests/sec|p50|Non-2xx|Socket'
    local cpu=$(( $(cpu_ms) - cpu_before )) machine=$(( $(machine_cpu_ms) - machine_before ))
    local done_=$(( $(entries) - entries_before ))
    echo "service CPU: $cpu ms for $done_ entries = $(( cpu * 1000 / (done_ > 0 ? done_ : 1) )) us per entry"
    echo "machine CPU (service, PostgreSQL, broker, wrk, anything else): $(( machine * 1000 / (done_ > 0 ? done_ : 1) )) us per entry"
    uptime
}
# Both scenarios are warmed up: the hot line takes code paths (lock waits) that the spread load does not,
# and on 2 cores the JIT compilers otherwise still take most of a core during the measurement.
for lines in 100 1; do
    TOKEN=$CONTROLLER LINES_FILE="$WORK/lines.txt" LINES=$lines wrk -t2 -c32 -d"$WARMUP" -s "$HERE/increase.lua" "http://127.0.0.1:$PORT" > /dev/null
done
run "spread" 100 64
run "hot line" 1 32
sleep 5
echo "== consistency"
$PSQL -d $DB -At -c "select count(*) as entries, (select sum(allocated_cents) from budget_line) as allocated,
    (select sum(amount_cents) from allocation) as allocations,
    (select count(*) from outbox_event where type = 'nl.iat.budget.ledger-entries.recorded.v1') as events,
    (select count(*) from outbox_event where published_at is null) as unpublished from ledger_entry"
