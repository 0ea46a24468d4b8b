#!/usr/bin/env bash
# Throughput and latency of one GET: straight to the upstream, through nginx, through the gateway.
# Same upstream (nginx serving a 1.2 KB JSON list), same load tool (wrk), interleaved rounds.
# Needs: wrk, nginx (Debian packages), java 17, a built gateway (mvn -pl gateway package) and a key
# pair (private.pem/public.pem, e.g. from platform-testing's TestTokens or the run script).
# Usage: gateway-vs-nginx.sh <keys-dir> [rounds] [seconds]
set -euo pipefail
KEYS=$(cd "$1" && pwd); ROUNDS=${2:-3}; SECONDS_PER_RUN=${3:-15}
HERE=$(cd "$(dirname "$0")" && pwd); GATEWAY=$(cd "$HERE/../../.." && pwd)
WORK=$(mktemp -d /tmp/iat-bench.XXXXXX)
chmod 755 "$WORK"   # nginx workers run as nobody and must read the files
mkdir -p "$WORK/html/api/measures/v1"
python3 - "$WORK/html/api/measures/v1/measures" <<'PY'
import json, sys
items = [{"id": f"6f1c2d3e-0000-4000-8000-{i:012d}", "code": f"M-{i:03d}", "title": f"Maatregel {i}",
          "status": "IN_PROGRESS", "interventionArea": "VOORKOMEN"} for i in range(8)]
open(sys.argv[1], "w").write(json.dumps({"items": items, "page": 1, "pageSize": 20, "total": 8}))
PY
for conf in upstream proxy; do
  sed "s#@WORK@#$WORK#g" "$HERE/$conf.conf.template" > "$WORK/$conf.conf"
  nginx -c "$WORK/$conf.conf"
done
PORT=18090 IAT_DEV_TOKENS=true IAT_JWT_PRIVATE_KEY="$KEYS/private.pem" IAT_JWT_PUBLIC_KEY="$KEYS/public.pem" \
  IAT_RATE_LIMIT_ENABLED=false MEASURES_SERVICE_URL=http://127.0.0.1:18081 \
  java -jar "$GATEWAY/target/quarkus-app/quarkus-run.jar" > "$WORK/gateway.log" 2>&1 &
GW=$!
trap 'kill $GW; nginx -c "$WORK/upstream.conf" -s stop; nginx -c "$WORK/proxy.conf" -s stop' EXIT
until curl -sf localhost:18090/q/health/live > /dev/null; do sleep 0.5; done
TOKEN=$(curl -s 'localhost:18090/dev/tokens?role=viewer' | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
PATH_=/api/measures/v1/measures
for url in http://127.0.0.1:18081 http://127.0.0.1:18080 http://127.0.0.1:18090; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$url$PATH_")
  [ "$status" = 200 ] || { echo "$url$PATH_ answers $status, not 200" >&2; exit 1; }
done
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user+system clock ticks
nginx_cpu() { local t=0; for p in $(pgrep -P "$(cat "$WORK/proxy.pid")"); do t=$((t + $(cpu "$p"))); done; echo $t; }
run() { wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$1$PATH_"; }
echo "warm-up"; run http://127.0.0.1:18090 > /dev/null
printf '%-8s %-6s %10s %9s %9s %8s\n' target round req/s p50 p99 non2xx
for round in $(seq "$ROUNDS"); do
  for target in direct=http://127.0.0.1:18081 nginx=http://127.0.0.1:18080 gateway=http://127.0.0.1:18090; do
    name=${target%%=*}; url=${target#*=}
    out=$(run "$url")
    printf '%-8s %-6s %10s %9s %9s %8s\n' "$name" "$round" \
      "$(awk '/Requests\/sec/ {print $2}' <<< "$out")" "$(awk '$1=="50%" {print $2}' <<< "$out")" \
      "$(awk '$1=="99%" {print $2}' <<< "$out")" "$(awk '/Non-2xx/ {print $NF}' <<< "$out" | grep . || echo 0)"
  done
done
# CPU the proxy itself spends per request: less sensitive to other load on the machine than req/s.
for target in nginx=http://127.0.0.1:18080 gateway=http://127.0.0.1:18090; do
  name=${target%%=*}; url=${target#*=}
  if [ "$name" = nginx ]; then before=$(nginx_cpu); else before=$(cpu $GW); fi
  wrk -t1 -c8 -d5s -H "Authorization: Bearer $TOKEN" "$url$PATH_" > "$WORK/cpu-$name.txt"
  reqs=$(awk '/requests in/ {print $1}' "$WORK/cpu-$name.txt")
  if [ "$name" = nginx ]; then after=$(nginx_cpu); else after=$(cpu $GW); fi
  echo "$name: $reqs requests, $(( (after - before) * 10000000 / reqs )) ns CPU per request (the proxy's own processes)"
done
