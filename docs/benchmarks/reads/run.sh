#!/usr/bin/env bash
# Issue 19's read target, side by side in one run: for each endpoint, the rate the running local suite
# (`./iat run`, dataset loaded) serves it at, directly at its service, against the rate at which
# pgbench runs that endpoint's own SQL on the same database. The SQL is captured from the live service
# first: one request with every statement logged (log_min_duration_statement = 0 for a moment, reset
# afterwards), the request's transaction cut out of the server log with its parameters written in
# (capture_sql.py), saved in $OUT. Then wrk (rounds of WARMUP until the service's C2 compiler has
# settled: on a 2-core machine it works for minutes, and a 20 s warm-up measured a third of the
# settled rate; then DURATION measured) and pgbench (-M prepared,
# same connections and duration, after its own warm-up) in turn; prints both rates and their ratio.
# Needs wrk, jq, curl, psql, pgbench, python3, a superuser on 127.0.0.1:5432 and the server log at
# PG_LOG (Debian's default).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WARMUP=${WARMUP:-10s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-30}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
ONLY=${ONLY:-.}  # a regex: only the endpoints whose name matches it
YEAR=${YEAR:-2019}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"
GW=http://127.0.0.1:8080
PSQL=(psql -h 127.0.0.1 -U postgres -qAt)

token() { curl -sf "$GW/dev/tokens?role=viewer$1" | jq -r .accessToken; }
VIEWER=$(token "")
CLEARED=$(token "&clearance=SECRET")
MEASURE=$(curl -sf -H "Authorization: Bearer $VIEWER" "http://127.0.0.1:8081/api/measures/v1/measures?pageSize=1" \
    | jq -r '.items[0].id')

statement_logging() {  # on | off
    local change="reset log_min_duration_statement"
    [[ "$1" == on ]] && change="set log_min_duration_statement = 0"
    "${PSQL[@]}" -c "alter system $change" -c "select pg_reload_conf()" postgres > /dev/null
}
trap 'statement_logging off' EXIT

capture() {  # name, token, url, database, marker (a regex one statement of the request matches)
    statement_logging on
    sleep 0.3
    local from=$(( $(stat -c %s "$PG_LOG") + 1 ))
    curl -sf -o /dev/null -H "Authorization: Bearer $2" "$3"
    sleep 0.3
    statement_logging off
    tail -c +"$from" "$PG_LOG" | python3 "$HERE/capture_sql.py" "$5" "$4" > "$OUT/$1.sql"
}

c2_seconds() {  # pid -> CPU seconds its C2 compiler threads have used
    ps -L -o comm=,times= -p "$1" | awk '/^C2/ {s += $NF} END {print s + 0}'
}

warm_up() {  # token, url: rounds of load until the service's C2 compiler has settled (under 1 s of work a round)
    local port pid before round
    port=$(sed -E 's|^https?://[^:/]+:([0-9]+)/.*|\1|' <<< "$2")
    pid=$(ss -ltnpH "sport = :$port" | grep -oP 'pid=\K[0-9]+' | head -1)
    for ((round = 1; round <= WARMUP_ROUNDS; round++)); do
        before=$(c2_seconds "$pid")
        wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $1" "$2" > /dev/null
        (( $(c2_seconds "$pid") - before < 1 )) && return
    done
    echo "warning: the C2 compiler of pid $pid still worked after $WARMUP_ROUNDS rounds of $WARMUP" >&2
}

service_rate() {  # token, url -> "rps p50 p99"
    warm_up "$1" "$2"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $1" "$2" | awk '
        /Requests\/sec/ {rps = $2} /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2} /Non-2xx/ {bad = $NF}
        END {if (bad) {print "NON-2XX " bad; exit 1} print rps, p50, p99}'
}

database_rate() {  # database, sql file -> transactions per second
    pgbench -h 127.0.0.1 -U postgres -n -M prepared -c"$CONNECTIONS" -j2 -T5 -f "$2" "$1" > /dev/null
    pgbench -h 127.0.0.1 -U postgres -n -M prepared -c"$CONNECTIONS" -j2 -T"${DURATION%s}" -f "$2" "$1" 2>&1 \
        | awk '/^tps/ {printf "%.0f", $3} /failed transactions: [1-9]/ {print "FAILED"; exit 1}'
}

compare() {  # name, token, url, database, marker
    [[ "$1" =~ $ONLY ]] || return 0
    capture "$@"
    local statements service database
    statements=$(grep -c ';$' "$OUT/$1.sql")
    read -r rps p50 p99 < <(service_rate "$2" "$3")
    database=$(database_rate "$4" "$OUT/$1.sql")
    printf '%-36s %3d statements  service %8.0f req/s (p50 %s, p99 %s)  pgbench %6d tps  ratio %3.0f%%\n' \
        "$1" "$((statements - 2))" "$rps" "$p50" "$p99" "$database" "$(echo "100 * $rps / $database" | bc -l)"
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $CONNECTIONS connections each; warm-up rounds of $WARMUP until C2 settles, measured $DURATION; SQL in $OUT"
compare get-measure "$VIEWER" "http://127.0.0.1:8081/api/measures/v1/measures/$MEASURE" measures 'from measure_partner'
compare first-page-of-measures "$VIEWER" "http://127.0.0.1:8081/api/measures/v1/measures" measures 'select count\(\*\) from measure '
compare "overview-$YEAR" "$VIEWER" "http://127.0.0.1:8083/api/reports/v1/overviews/$YEAR" reporting 'from envelope_version'
compare "overview-$YEAR-cleared-SECRET" "$CLEARED" "http://127.0.0.1:8083/api/reports/v1/overviews/$YEAR" reporting 'from envelope_version'
compare "breakdown-intervention-areas-$YEAR" "$VIEWER" \
    "http://127.0.0.1:8083/api/reports/v1/breakdowns/intervention-areas?fiscalYear=$YEAR" reporting "'INTERVENTION_AREA'"
# Not a target: the ceiling of the ratio. One row by primary key is the least SQL an authenticated JSON
# read can run, so what the service reaches here is the most its HTTP, security and JSON stack allows.
compare floor-one-priority-line "$VIEWER" "http://127.0.0.1:8081/api/measures/v1/priority-lines/EARLY_DETECTION" \
    measures 'from priority_line'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
