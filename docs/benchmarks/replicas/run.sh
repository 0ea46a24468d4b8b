#!/usr/bin/env bash
# One and two replicas of every service, side by side in one run (issue 17, docs/benchmarks.md
# "Replicas"): allocations per second and report reads per second through the gateway of
# `./iat run --replicas N`, with the CPU each request cost, from /proc: per process of the suite (its
# replicas summed), PostgreSQL, and the whole machine (wrk included).
# Needs the build (`mvn -B package -DskipTests`), wrk, jq, curl; nothing else may use the local
# run's ports. Uses the local run's databases and the illustrative dataset (loaded on first start).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
REPLICA_COUNTS=${REPLICA_COUNTS:-1 2}
GW=http://127.0.0.1:8080
WORK=$(mktemp -d)
HZ=$(getconf CLK_TCK)
# One benchmark client must not meet the per-client rate limit.
export IAT_RATE_LIMIT_PER_MINUTE=100000000 IAT_RATE_LIMIT_BURST=10000000

RUN_PID=""
stop_suite() {
    if [[ -n "$RUN_PID" ]]; then
        kill -TERM "$RUN_PID" 2>/dev/null || true
        timeout 60 tail --pid="$RUN_PID" -f /dev/null || true
        RUN_PID=""
    fi
}
trap stop_suite EXIT

start_suite() {  # replicas
    (cd "$ROOT" && exec ./iat run --replicas "$1") > "$WORK/run-$1.log" 2>&1 &
    RUN_PID=$!
    for _ in $(seq 1 600); do
        grep -q "Press Ctrl-C" "$WORK/run-$1.log" && return
        kill -0 "$RUN_PID" 2>/dev/null || { cat "$WORK/run-$1.log"; exit 1; }
        sleep 1
    done
    echo "the suite did not start; see $WORK/run-$1.log" >&2
    exit 1
}

ticks_of() {  # summed user+system clock ticks of the given pids
    local sum=0 pid
    for pid in "$@"; do
        sum=$((sum + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$sum"
}
# The processes whose CPU is counted, each a pattern of its command line (all its replicas).
PARTS=("$ROOT/gateway/target/quarkus-app" "$ROOT/measures-service/target/quarkus-app"
       "$ROOT/budget-service/target/quarkus-app" "$ROOT/reporting-service/target/quarkus-app"
       "$ROOT/kafka-broker/target/classes")
part_ticks() { ticks_of $(pgrep -f "$1"); }
postgres_ticks() { ticks_of $(pgrep -x postgres); }
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4}' /proc/stat; }

api() {  # method, path, [body]: through the gateway as admin, JSON out
    curl -sf -X "$1" "$GW$2" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' ${3:+-d "$3"}
}

# Twenty lines of their own (fiscal year 2027, room for any load), one approved measure of the
# dataset allocated on each: the pairs the allocation load increases, as budget-service/bench does.
prepare_lines() {
    ADMIN=$(curl -sf "$GW/dev/tokens?role=admin" | jq -r .accessToken)
    api POST /api/budget/v1/envelopes '{"fiscalYear":2027,"amountCents":10000000000000,"budgetArticle":"VI.36"}' \
        > /dev/null 2>&1 || true
    local owner measures
    owner=$(api GET "/api/measures/v1/organisations?pageSize=100" | jq -r '.items[] | select(.name == "NCTV") | .id' | head -1)
    measures=$(api GET "/api/measures/v1/measures?status=APPROVED&pageSize=20" | jq -r '.items[].id')
    : > "$WORK/lines.txt"
    local i=0 measure line
    for measure in $measures; do
        i=$((i + 1))
        line=$(api POST /api/budget/v1/budget-lines "{\"fiscalYear\":2027,\"priorityLineCode\":\"FINANCING\",\"title\":\"Replica bench $RANDOM-$i\",\"ownerOrganisationId\":\"$owner\",\"amountCents\":100000000000}" | jq -r .budgetLineId)
        api POST "/api/budget/v1/budget-lines/$line/ledger-entries" \
            "{\"kind\":\"ALLOCATE\",\"measureId\":\"$measure\",\"amountCents\":1,\"reason\":\"benchmark\"}" > /dev/null
        echo "$line $measure" >> "$WORK/lines.txt"
    done
    [[ -s "$WORK/lines.txt" ]] || { echo "no approved measures to allocate to" >&2; exit 1; }
}

allocations() {  # duration
    TOKEN=$ADMIN LINES_FILE="$WORK/lines.txt" LINES=$(wc -l < "$WORK/lines.txt") KEYED=1 \
        wrk -t2 -c"$CONNECTIONS" -d"$1" -s "$ROOT/budget-service/bench/increase.lua" "$GW"
}
report_reads() {  # duration
    wrk -t2 -c"$CONNECTIONS" -d"$1" -H "Authorization: Bearer $ADMIN" "$GW/api/reports/v1/overviews/2019"
}

all_ticks() {  # one line: the ticks of each part, PostgreSQL, the machine
    local part
    for part in "${PARTS[@]}"; do printf '%s ' "$(part_ticks "$part")"; done
    echo "$(postgres_ticks) $(machine_ticks)"
}

measure() {  # replicas, name, load function
    local before after out
    before=$(all_ticks)
    out=$("$3" "$DURATION")
    after=$(all_ticks)
    awk -v n="$1" -v name="$2" -v hz="$HZ" -v before="$before" -v after="$after" \
        -v req="$(awk '/requests in/ {print $1}' <<< "$out")" \
        -v s="$(awk '/requests in/ {sub(/s,/, "", $4); print $4}' <<< "$out")" \
        -v bad="$(awk '/Non-2xx/ {print $5}' <<< "$out")" \
        -v lat="$(awk '/^ +Latency/ {print $2}' <<< "$out")" \
        'BEGIN { split(before, b, " "); split(after, a, " ")
                 printf "| %d | %s | %.0f | %s | %d |", n, name, req / s, lat, bad + 0
                 for (i = 1; i <= 7; i++) printf " %.2f |", (a[i] - b[i]) * 1000 / hz / req
                 printf "\n" }'
}

echo "Machine: $(nproc) cores; wrk -t2 -c$CONNECTIONS, $DURATION per measurement after $WARMUP warm-up each; $(date -u +%FT%TZ)"
echo
echo "CPU per request in ms, from /proc, summed over a part's replicas; 'machine' is every process, wrk included."
echo
echo "| replicas | load | requests/s | mean latency | non-2xx | gateway | measures | budget | reporting | broker | PostgreSQL | machine |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in $REPLICA_COUNTS; do
    start_suite "$n"
    prepare_lines
    allocations "$WARMUP" > /dev/null
    report_reads "$WARMUP" > /dev/null
    measure "$n" "allocations (POST ledger entry)" allocations
    measure "$n" "report reads (GET overview 2019)" report_reads
    stop_suite
done
echo
uptime
