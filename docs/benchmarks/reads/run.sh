#!/usr/bin/env bash
# Read throughput of the running local suite (`./iat run`, dataset loaded), directly at each service as
# issue 19 measures it: GET one measure and the first page of measures at the measures-service, the year
# overview and one breakdown at the reporting-service, for a viewer without clearance (who meets the
# classified 2023 items of the dataset, ADR 0016) and, for the overview, one cleared for SECRET.
# Each endpoint: WARMUP of wrk first (the JIT settles), then DURATION measured; prints requests per
# second and latency percentiles. Needs wrk, jq, curl.
set -euo pipefail
WARMUP=${WARMUP:-20s}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
YEAR=${YEAR:-2019}
GW=http://127.0.0.1:8080

token() { curl -sf "$GW/dev/tokens?role=viewer$1" | jq -r .accessToken; }
VIEWER=$(token "")
CLEARED=$(token "&clearance=SECRET")
MEASURE=$(curl -sf -H "Authorization: Bearer $VIEWER" "http://127.0.0.1:8081/api/measures/v1/measures?pageSize=1" \
    | jq -r '.items[0].id')

measure() {  # name, token, url
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $2" "$3" > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $2" "$3" | awk -v name="$1" '
        /Requests\/sec/ {rps = $2} /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2} /Non-2xx/ {bad = $NF}
        END {printf "%-34s %9s req/s  p50 %8s  p99 %8s%s\n", name, rps, p50, p99, bad ? "  NON-2XX " bad : ""}'
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; wrk -t2 -c$CONNECTIONS, warm-up $WARMUP, measured $DURATION"
measure "GET /measures/{id}" "$VIEWER" "http://127.0.0.1:8081/api/measures/v1/measures/$MEASURE"
measure "GET /measures (first page)" "$VIEWER" "http://127.0.0.1:8081/api/measures/v1/measures"
measure "GET /overviews/$YEAR (no clearance)" "$VIEWER" "http://127.0.0.1:8083/api/reports/v1/overviews/$YEAR"
measure "GET /overviews/$YEAR (SECRET)" "$CLEARED" "http://127.0.0.1:8083/api/reports/v1/overviews/$YEAR"
measure "GET /breakdowns/intervention-areas" "$VIEWER" \
    "http://127.0.0.1:8083/api/reports/v1/breakdowns/intervention-areas?fiscalYear=$YEAR"
