#!/usr/bin/env bash
# Issue 19's suite start-up target: the time from `./iat run --no-dataset` (build up to date) to "IAT
# Suite is running", over several runs, with the CPU each JVM had used by then. The first run after a
# build writes the class data sharing archives (ADR 0019); pass FRESH=1 to delete them first and so
# measure that first run. Stops the suite after each run. Needs the suite stopped and its ports free.
# Usage: scripts/bench-suite-start.sh [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

source "$ROOT/scripts/bench-lib.sh"

stop_suite() {
  pkill -TERM -f "^bash $ROOT/iat run" || true
  while pgrep -f "$ROOT/.*(quarkus-run.jar|LocalKafkaBroker)" > /dev/null; do sleep 0.5; done
}

for run in $(seq 1 "$RUNS"); do
  [[ "${FRESH:-0}" == 1 ]] && rm -rf "$ROOT/.local/cds"
  start=$(date +%s%N)
  bash "$ROOT/iat" run --no-dataset > "$LOG" 2>&1 &
  until grep -q "IAT Suite is running" "$LOG"; do
    kill -0 $! 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  total=0 each=""
  for pid in $(pgrep -f "$ROOT/.*(quarkus-run.jar|LocalKafkaBroker)"); do
    name=$(tr '\0' ' ' < "/proc/$pid/cmdline" | grep -oE '[a-z-]+/target/quarkus-app|LocalKafkaBroker' | cut -d/ -f1)
    ms=$(cpu_ms "$pid"); total=$((total + ms)); each+=" $name ${ms}"
  done
  printf 'run %d: running in %d ms, CPU of the JVMs %d ms (%s), load %s\n' "$run" \
    $(( (end - start) / 1000000 )) "$total" "${each# }" "$(cut -d' ' -f1 /proc/loadavg)"
  stop_suite
done
