#!/usr/bin/env bash
# The cost of tracing on the budget benchmark (issue 18, docs/benchmarks.md "Tracing"): the same
# budget-service build measured by budget-service/bench/run.sh with the OpenTelemetry SDK off, on
# without an OTLP endpoint (the local run), and on with every span exported over OTLP/HTTP to a
# local sink that accepts and drops them (the cost a collector adds on the service's side).
# Needs `mvn package -pl budget-service,kafka-broker -am -DskipTests`, wrk, python3.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SINK_PORT=${SINK_PORT:-14318}
ROUNDS=${ROUNDS:-1}
export DURATION=${DURATION:-20s} WARMUP=${WARMUP:-10s}

python3 - "$SINK_PORT" <<'PY' &
import sys, http.server
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        self.send_response(200); self.send_header('Content-Type', 'application/x-protobuf')
        self.send_header('Content-Length', '0'); self.end_headers()
    def log_message(self, *args): pass
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Sink).serve_forever()
PY
SINK_PID=$!
trap 'kill $SINK_PID 2>/dev/null || true' EXIT

# VARIANTS sets the order (later runs on a busy machine tend to be slower; reverse it to check).
variant() {
    case "$1" in
        off) echo "##### round $2: tracing off (quarkus.otel.sdk.disabled=true)"
             JAVA_OPTS="${BASE_OPTS:-} -Dquarkus.otel.sdk.disabled=true" "$ROOT/budget-service/bench/run.sh" ;;
        on) echo "##### round $2: tracing on, no endpoint (spans recorded, not exported)"
            JAVA_OPTS="${BASE_OPTS:-}" "$ROOT/budget-service/bench/run.sh" ;;
        export) echo "##### round $2: tracing on, exported to an OTLP/HTTP sink"
                JAVA_OPTS="${BASE_OPTS:-} -Dquarkus.otel.exporter.otlp.endpoint=http://127.0.0.1:$SINK_PORT" "$ROOT/budget-service/bench/run.sh" ;;
    esac
}
for round in $(seq 1 "$ROUNDS"); do
    for v in ${VARIANTS:-off on export}; do
        variant "$v" "$round"
    done
done
