#!/usr/bin/env bash
# Dashboard benchmarks against a running `./iat run` (with the dataset):
#   1. time to a fully drawn first view of /dashboard/ in headless chromium, over RUNS page loads;
#   2. a report endpoint answering 304 (If-None-Match) against a full 200, side by side with wrk.
# Usage: docs/benchmarks/dashboard/run.sh [RUNS=10] [DURATION=15s]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
GATEWAY="${GATEWAY_URL:-http://localhost:8080}"
RUNS="${1:-10}"
DURATION="${2:-15s}"
WORK="$ROOT/e2e-tests/target/browser"

mkdir -p "$WORK" && cp "$ROOT"/e2e-tests/src/test/browser/* "$WORK"/ && cp "$HERE/first-view.mjs" "$WORK"/
[[ -d "$WORK/node_modules/playwright-core" ]] || (cd "$WORK" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== first view (ms from navigation to the last chart and table drawn), $RUNS loads"
(cd "$WORK" && GATEWAY_URL="$GATEWAY" RUNS="$RUNS" node first-view.mjs)

TOKEN=$(curl -s "$GATEWAY/dev/tokens?role=viewer" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
YEAR="${YEAR:-2021}"
# Straight to the reporting-service: through the gateway, one client hits its rate limit (429) first.
URL="${SERVICE_URL:-http://localhost:8083}/api/reports/v1/overviews/$YEAR"
TAG=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
echo "== GET $URL, ETag $TAG"
echo "-- warm-up"
wrk -t2 -c8 -d10s -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null
wrk -t2 -c8 -d10s -H "Authorization: Bearer $TOKEN" -H "If-None-Match: $TAG" "$URL" >/dev/null
echo "-- full answers (200)"
wrk -t2 -c8 -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$URL" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "-- revalidated (304)"
wrk -t2 -c8 -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" -H "If-None-Match: $TAG" "$URL" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
