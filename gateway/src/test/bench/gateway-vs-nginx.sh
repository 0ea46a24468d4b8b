#!/usr/bin/env bash
# Throughput and latency of one GET: straight to the upstream, through nginx, through the gateway.
# Same upstream, same load tool (wrk), interleaved rounds.
# Needs: wrk, nginx (Debian packages), java 17, a built gateway (mvn -pl gateway package) and a key
# pair (private.pem/public.pem, e.g. from `./iat keys` in .local/keys).
# Usage: gateway-vs-nginx.sh <keys-dir> [rounds] [seconds]
#
# UPSTREAM=static (default): nginx serving a 1.2 KB JSON list stands in for the service, so nearly
#   all the CPU measured is the proxies' own: the strictest comparison.
# UPSTREAM=service: the real measures-service of a running `./iat run` (SERVICE_URL, default
#   http://127.0.0.1:8081; it must accept tokens signed with <keys-dir>, as `./iat run`'s do), read
#   at SERVICE_PATH (default: the first measure of its list, GET /api/measures/v1/measures/{id}).
#
# Fairness: both proxies get the same budget, WORKERS event-loop threads (nginx worker processes,
# gateway event loops), default one per core. Latency added at p50 is measured where neither proxy
# is saturated (one connection, one request at a time); throughput at saturation (64 connections).
# The gateway runs with every feature on except the rate limit (wrk is one client), with the JVM
# options of its container image unless GATEWAY_JAVA_OPTS says otherwise.
set -euo pipefail
KEYS=$(cd "$1" && pwd); ROUNDS=${2:-3}; SECONDS_PER_RUN=${3:-15}
WORKERS=${WORKERS:-$(nproc)}
GATEWAY_JAVA_OPTS=${GATEWAY_JAVA_OPTS:--XX:+UseParallelGC -Xms64m -Xmx192m}
HERE=$(cd "$(dirname "$0")" && pwd); GATEWAY=$(cd "$HERE/../../.." && pwd)
WORK=$(mktemp -d /tmp/iat-bench.XXXXXX)
chmod 755 "$WORK"   # nginx workers run as nobody and must read the files
UPSTREAM=${UPSTREAM:-static}
conf() { sed "s#@WORK@#$WORK#g; s#@WORKERS@#$WORKERS#g; s#@UPSTREAM@#$UPSTREAM_ADDRESS#g" "$HERE/$1.conf.template" > "$WORK/$1.conf"; }
if [ "$UPSTREAM" = service ]; then UPSTREAM_URL=${SERVICE_URL:-http://127.0.0.1:8081}; else UPSTREAM_URL=http://127.0.0.1:18081; fi
UPSTREAM_ADDRESS=${UPSTREAM_URL#http://}
if [ "$UPSTREAM" = static ]; then
  mkdir -p "$WORK/html/api/measures/v1"
  python3 - "$WORK/html/api/measures/v1/measures" <<'PY'
import json, sys
items = [{"id": f"6f1c2d3e-0000-4000-8000-{i:012d}", "code": f"M-{i:03d}", "title": f"Maatregel {i}",
          "status": "IN_PROGRESS", "interventionArea": "VOORKOMEN"} for i in range(8)]
open(sys.argv[1], "w").write(json.dumps({"items": items, "page": 1, "pageSize": 20, "total": 8}))
PY
  conf upstream; nginx -c "$WORK/upstream.conf"
fi
conf proxy; nginx -c "$WORK/proxy.conf"
stop_nginx() { nginx -c "$WORK/proxy.conf" -s stop; [ "$UPSTREAM" = service ] || nginx -c "$WORK/upstream.conf" -s stop; }
# shellcheck disable=SC2086 # the options are words
PORT=18090 IAT_DEV_TOKENS=true IAT_JWT_PRIVATE_KEY="$KEYS/private.pem" IAT_JWT_PUBLIC_KEY="$KEYS/public.pem" \
  IAT_RATE_LIMIT_ENABLED=false QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE="$WORKERS" MEASURES_SERVICE_URL="$UPSTREAM_URL" \
  java $GATEWAY_JAVA_OPTS -jar "$GATEWAY/target/quarkus-app/quarkus-run.jar" > "$WORK/gateway.log" 2>&1 &
GW=$!
trap 'kill $GW; stop_nginx' EXIT
until curl -sf localhost:18090/q/health/live > /dev/null; do sleep 0.5; done
TOKEN=$(curl -s 'localhost:18090/dev/tokens?role=viewer' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
PATH_=/api/measures/v1/measures
if [ "$UPSTREAM" = service ]; then
  PATH_=${SERVICE_PATH:-$PATH_/$(curl -sf -H "Authorization: Bearer $TOKEN" "$UPSTREAM_URL$PATH_?pageSize=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')}
fi
TARGETS="direct=$UPSTREAM_URL nginx=http://127.0.0.1:18080 gateway=http://127.0.0.1:18090"
for target in $TARGETS; do
  url=${target#*=}
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url$PATH_")
  [ "$status" = 200 ] || { echo "$url$PATH_ answers $status, not 200" >&2; exit 1; }
done
echo "date $(date -u +%FT%TZ), commit $(git -C "$GATEWAY" rev-parse --short HEAD), workers $WORKERS, gateway JVM: $GATEWAY_JAVA_OPTS"
echo "upstream: $UPSTREAM ($UPSTREAM_URL$PATH_)"
echo "uptime before: $(uptime)"
wrk_run() { # connections threads url
  wrk -t"$2" -c"$1" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$3$PATH_"
}
# CPU clock ticks (user+system) of a process, or of one of its threads by name.
cpu() { awk '{print $14 + $15}' "$1/stat"; }   # of /proc/<pid> or /proc/<pid>/task/<tid>
thread_cpu() { local t=0; for task in /proc/"$1"/task/*; do
  if grep -q "$2" "$task/comm"; then t=$((t + $(cpu "$task"))); fi; done; echo $t; }
# The JIT compiles the hot paths during the first tens of seconds under load (on a slow 2-core
# machine minutes for a service): warm up in 10 s steps until the C2 compiler threads of the
# gateway and, with UPSTREAM=service, of the service (a java process on its port) were busy under
# 5% of a step (0.5 s), at most 5 minutes, so no round measures half-compiled code.
JVMS=$GW
if [ "$UPSTREAM" = service ]; then
  service_pid=$(ss -Hltnp "sport = :${UPSTREAM_ADDRESS##*:}" | grep -o 'java",pid=[0-9]*' | grep -o '[0-9]*$' | head -1 || true)
  JVMS="$GW ${service_pid:-}"
fi
c2_busy() { local t=0; for pid in $JVMS; do t=$((t + $(thread_cpu "$pid" "C2 Compiler"))); done; echo $t; }
for step in $(seq 30); do
  before=$(c2_busy)
  wrk -t2 -c64 -d10s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:18090$PATH_" > /dev/null
  compiled=$(( $(c2_busy) - before ))
  echo "warm-up step $step (10 s): C2 compilers of pids $JVMS busy $((compiled * 10)) ms"
  [ "$compiled" -ge 50 ] || break
done
printf '%-8s %-5s %-12s %10s %9s %9s %7s\n' target round load req/s p50 p99 non2xx
for round in $(seq "$ROUNDS"); do
  for load in "1 1" "64 2"; do
    read -r connections threads <<< "$load"
    for target in $TARGETS; do
      out=$(wrk_run "$connections" "$threads" "${target#*=}")
      printf '%-8s %-5s %-12s %10s %9s %9s %7s\n' "${target%%=*}" "$round" "-t$threads -c$connections" \
        "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1=="50%" {print $2}' <<< "$out")" \
        "$(awk '$1=="99%" {print $2}' <<< "$out")" "$(awk '/Non-2xx/ {print $NF}' <<< "$out" | grep . || echo 0)"
    done
  done
done
# CPU the proxy itself spends per request: less sensitive to other load on the machine than req/s.
nginx_cpu() { local t=0; for p in $(pgrep -P "$(cat "$WORK/proxy.pid")"); do t=$((t + $(cpu "/proc/$p"))); done; echo $t; }
for target in nginx=http://127.0.0.1:18080 gateway=http://127.0.0.1:18090; do
  name=${target%%=*}; url=${target#*=}
  if [ "$name" = nginx ]; then before=$(nginx_cpu); else before=$(cpu /proc/$GW); fi
  wrk -t1 -c8 -d10s -H "Authorization: Bearer $TOKEN" "$url$PATH_" > "$WORK/cpu-$name.txt"
  reqs=$(awk '/requests in/ {print $1}' "$WORK/cpu-$name.txt")
  if [ "$name" = nginx ]; then after=$(nginx_cpu); else after=$(cpu /proc/$GW); fi
  echo "$name: $reqs requests, $(( (after - before) * 10000000 / reqs )) ns CPU per request (the proxy's own processes)"
done
echo "uptime after: $(uptime)"
