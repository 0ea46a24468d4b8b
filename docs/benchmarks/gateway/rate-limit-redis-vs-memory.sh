#!/usr/bin/env bash
# Cost of the gateway's rate limit: in memory (IAT_RATE_LIMIT_SHARED=false) against Redis (ADR 0407). Each request
# is refused by the role check right after the limit (a viewer POSTs: 403), so no upstream is involved.
# Needs wrk, openssl, Redis on 127.0.0.1:6379 and a packaged gateway (mvn -B verify -pl gateway -am).
set -euo pipefail
JAR=$(cd "$(dirname "$0")/../../.." && pwd)/gateway/target/quarkus-app/quarkus-run.jar
W=$(mktemp -d /tmp/rl-bench.XXXX); PORT=18480
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $W/private.pem 2>/dev/null
openssl pkey -in $W/private.pem -pubout -out $W/public.pem
cat > $W/post.lua <<'LUA'
wrk.method = "POST"; wrk.body = "{}"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
LUA
run() {
  local label=$1 redis=$2
  PORT=$PORT IAT_DEV_TOKENS=true IAT_JWT_PUBLIC_KEY=$W/public.pem IAT_JWT_PRIVATE_KEY=$W/private.pem \
    IAT_RATE_LIMIT_BURST=1000000000 IAT_RATE_LIMIT_PER_MINUTE=1000000000 IAT_RATE_LIMIT_SHARED=$redis \
    IAT_RATE_LIMIT_KEY_PREFIX="iat-bench:$RANDOM:" \
    java -XX:+UseParallelGC -Xms64m -Xmx192m -jar $JAR > $W/$label.log 2>&1 &
  local pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:$PORT/q/health/live; do sleep 0.3; done
  export TOKEN=$(curl -s "http://127.0.0.1:$PORT/dev/tokens?role=viewer" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  wrk -t2 -c64 -d8s -s $W/post.lua http://127.0.0.1:$PORT/api/measures/v1/measures > /dev/null   # warm-up
  echo "== $label, 64 connections"; wrk -t2 -c64 -d10s --latency -s $W/post.lua http://127.0.0.1:$PORT/api/measures/v1/measures | grep -E "Requests/sec|50%|99%|Non-2xx"
  echo "== $label, 1 connection"; wrk -t1 -c1 -d10s --latency -s $W/post.lua http://127.0.0.1:$PORT/api/measures/v1/measures | grep -E "Requests/sec|50%|99%"
  grep -c "unreachable" $W/$label.log || true
  kill $pid; wait $pid 2>/dev/null || true
}
for round in 1 2; do run memory-$round false; run redis-$round true; done
redis-cli --scan --pattern 'iat-bench:*' | xargs -r redis-cli del > /dev/null
rm -rf $W
