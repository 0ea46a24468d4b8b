#!/usr/bin/env bash
# Benchmarks of the reporting-service (docs/benchmarks/reporting-service.md). Needs the packaged
# service (mvn verify -pl reporting-service) and the kafka-broker module built; PostgreSQL on
# 127.0.0.1:5432. Work files in $BENCH (default /tmp/rs-bench). Run it under the exclusive CPU lock.
#   run.sh replay MEASURES LEDGER_ENTRIES   publish events, rebuild, print the rebuild's events/s
#   run.sh reports MEASURES LEDGER_EVENTS   load the read models with SQL, wrk the dashboard and as-of reports
# APP=<a quarkus-app directory> runs another build, e.g. of an older commit, for an A/B.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
HERE="$ROOT/docs/benchmarks/reporting-service"
BENCH="${BENCH:-/tmp/rs-bench}"
DB=reporting_bench
PORT=18083
KAFKA=19092
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
mkdir -p "$BENCH"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # role
  local now header payload
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"https://iat.local/issuer","aud":"iat-suite","sub":"bench","upn":"bench","groups":["%s"],"iat":%d,"exp":%d}' \
    "$1" "$now" $((now + 7200)) | b64url)
  printf '%s.%s.%s' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$BENCH/private.pem" -binary | b64url)"
}

start_broker() {
  rm -rf "$BENCH/kafka"
  java -Xmx512m -cp "$ROOT/kafka-broker/target/classes:$ROOT/kafka-broker/target/lib/*" \
    nl.iat.kafka.LocalKafkaBroker "$BENCH/kafka" "$KAFKA" 19093 > "$BENCH/kafka.log" 2>&1 &
  PIDS+=($!)
  until (echo > /dev/tcp/127.0.0.1/$KAFKA) 2>/dev/null; do sleep 0.3; done
}

start_service() { # extra environment assignments
  env PORT=$PORT IAT_DB_NAME=$DB KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA IAT_JWT_PUBLIC_KEY="$BENCH/public.pem" "$@" \
    java -Xmx512m ${JAVA_OPTS:-} -jar "${APP:-$ROOT/reporting-service/target/quarkus-app}/quarkus-run.jar" > "$BENCH/service.log" 2>&1 &
  PIDS+=($!)
  SERVICE_PID=$!
  # Bounded, and given up at once when the service died (a wrong APP=, a port in use): never hang.
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && return
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "the reporting-service did not become ready; see $BENCH/service.log" >&2
  tail -20 "$BENCH/service.log" >&2
  exit 1
}

fresh_database() {
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" -c "create database $DB"
}

[[ -f "$BENCH/private.pem" ]] || {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$BENCH/private.pem" 2>/dev/null
  openssl pkey -in "$BENCH/private.pem" -pubout -out "$BENCH/public.pem"
}
API="http://127.0.0.1:$PORT/api/reports/v1"

case "${1:-}" in
  replay)
    fresh_database
    start_broker
    java -cp "$ROOT/kafka-broker/target/lib/kafka-clients-4.1.2.jar:$ROOT/kafka-broker/target/lib/slf4j-api-2.0.17.jar" \
      "$HERE/PublishEvents.java" 127.0.0.1:$KAFKA "$2" "$3"
    # The live consumers start at the end of the topics: the rebuild alone reads the published events.
    start_service MP_MESSAGING_INCOMING_MEASURE_EVENTS_AUTO_OFFSET_RESET=latest \
      MP_MESSAGING_INCOMING_BUDGET_EVENTS_AUTO_OFFSET_RESET=latest
    location=$(curl -sf -D - -o /dev/null -X POST -H "Authorization: Bearer $(token admin)" "$API/rebuilds" \
      | tr -d '\r' | sed -n 's|^[Ll]ocation: .*/rebuilds/|'"$API"'/rebuilds/|p')
    cpu_before=$(awk '{print $14 + $15}' /proc/$SERVICE_PID/stat)
    while curl -sf -H "Authorization: Bearer $(token admin)" "$location" | grep -q '"RUNNING"'; do sleep 0.5; done
    cpu_after=$(awk '{print $14 + $15}' /proc/$SERVICE_PID/stat)
    curl -sf -H "Authorization: Bearer $(token admin)" "$location"; echo
    echo "service CPU during the rebuild: $(( (cpu_after - cpu_before) * 10 )) ms; uptime: $(uptime)"
    ;;
  reports)
    # REUSE=1 measures the data set of the previous run again instead of loading a new one.
    [[ "${REUSE:-}" == 1 ]] || fresh_database
    start_broker
    start_service # migrates the empty database
    [[ "${REUSE:-}" == 1 ]] || psql -q -h 127.0.0.1 -U postgres -d $DB -v measures="$2" -v events="$3" -f "$HERE/load-read-models.sql"
    # The as-of snapshots are taken in the background; wait until the last business day with facts has one.
    last=$(psql -tA -h 127.0.0.1 -U postgres -d $DB -c "select max(effective_on) from allocation_change")
    started=$(date +%s)
    until [[ $(psql -tA -h 127.0.0.1 -U postgres -d $DB -c "select count(*) from as_of_snapshot where business_day >= '$last'") == 1 ]]; do sleep 2; done
    echo "snapshots: $(psql -tA -h 127.0.0.1 -U postgres -d $DB -c 'select count(*) from as_of_snapshot') taken in $(( $(date +%s) - started )) s"
    psql -q -h 127.0.0.1 -U postgres -d $DB -c "vacuum analyze"
    viewer=$(token viewer)
    # Now; the state on 31 December 2019 as known now; as known a month later (what parliament was told);
    # as known two days later (on-time facts still arriving).
    for time in "" "asOf=2019-12-31T12:00:00Z" "asOf=2019-12-31T12:00:00Z&knownAt=2020-01-31T12:00:00Z" \
        "asOf=2019-12-31T12:00:00Z&knownAt=2020-01-02T12:00:00Z"; do
      for path in "/overviews/2019?$time" "/breakdowns/lead-organisations?fiscalYear=2019&$time"; do
        curl -sf -H "Authorization: Bearer $viewer" "$API$path" > /dev/null
        echo "== $path"
        wrk -t2 -c4 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $viewer" "$API$path" \
          | grep -E "^\s+(50|99)%|Requests/sec"
      done
    done
    echo "uptime: $(uptime)"
    ;;
  *) sed -n 2,7p "$0"; exit 2 ;;
esac
