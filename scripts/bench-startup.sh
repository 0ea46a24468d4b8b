#!/usr/bin/env bash
# Measures, per service, the time from launch to /q/health/ready answering 200 and the resident
# memory (RSS) at that moment, over several runs; prints the median. Needs a built suite, the
# broker and databases of the local run (start them with ./iat run, stop the services, keep kafka),
# or any broker at KAFKA_BOOTSTRAP_SERVERS. Also prints the CPU time the JVM had used at ready, which
# varies less than the wall time on a shared machine. With CDS=1 each JVM maps the class data sharing
# archive that ./iat run wrote for it in .local/cds (ADR 0019).
# Usage: [CDS=1] scripts/bench-startup.sh [runs] [java options] [which: services|gateway|all]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"
OPTS="${2:--Xms32m -Xmx192m -XX:+UseSerialGC -Xss512k}"
WHICH="${3:-all}"
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"
export IAT_JWT_PUBLIC_KEY="${IAT_JWT_PUBLIC_KEY:-$ROOT/.local/keys/public.pem}"

source "$ROOT/scripts/bench-lib.sh"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {
  local name="$1" port="$2" db="$3" times=() rss=() cpu=() cds=""
  [[ "${CDS:-0}" == 1 ]] && cds="-XX:SharedArchiveFile=$ROOT/.local/cds/$name.jsa"
  for _ in $(seq 1 "$RUNS"); do
    local start end pid
    start=$(date +%s%N)
    PORT="$port" IAT_DB_NAME="$db" MEASURES_SERVICE_URL=http://127.0.0.1:8081 \
      java $OPTS $cds -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >/dev/null 2>&1 &
    pid=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do sleep 0.02; done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rss+=($(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )))
    cpu+=($(cpu_ms "$pid"))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  printf '| %s | %s | %s ms | %s ms | %s MB | %s |\n' "$name" "$RUNS" \
    "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${cpu[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median)" "$(IFS=,; echo "${times[*]} ms / ${cpu[*]} ms / ${rss[*]} MB")"
}

echo "| service | runs | median launch-to-ready | median CPU at ready | median RSS at ready | all runs (ready / CPU / RSS) |"
echo "|---|---|---|---|---|---|"
if [[ "$WHICH" != gateway ]]; then
  measure measures-service 8081 measures
  measure budget-service 8082 budget
  measure reporting-service 8083 reporting
fi
if [[ "$WHICH" != services ]]; then
  measure gateway 8080 -
fi
