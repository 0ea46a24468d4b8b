#!/usr/bin/env bash
# Benchmarks a filtered list query of the packaged measures-service at 10,000 and at 100,000
# measures. Two databases and two service instances run side by side and are measured in
# alternation (4 rounds, ABBA), so that load from elsewhere on the machine hits both sizes alike.
# Needs: PostgreSQL on 127.0.0.1:5432 (postgres, trust), wrk, openssl, python3 and a built
# measures-service/target/quarkus-app. Prints wrk's latency distribution per round.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
export TOKEN=$(./mint-token.sh "$work/private.pem")
query='/api/measures/v1/measures?interventionAreaCode=VOORKOMEN&status=IN_PROGRESS&pageSize=20'

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start <database> <measures>: migrates a fresh database through the service, then seeds it; sets
# $port. Not called in a subshell, so the trap knows every service it must stop.
start() {
  local db=$1 count=$2
  port=$(free_port)
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
  IAT_DB_NAME=$db KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 IAT_JWT_PUBLIC_KEY="$work/public.pem" PORT=$port \
    java -Xmx384m -jar ../target/quarkus-app/quarkus-run.jar > "$work/$db.log" 2>&1 &
  pids+=($!)
  until grep -q 'Listening on' "$work/$db.log"; do sleep 1; done
  psql -h 127.0.0.1 -U postgres -d "$db" -q -v count="$count" -v offset=0 -f seed-measures.sql
}

start measures_bench_10k 10000; small=$port
start measures_bench_100k 100000; large=$port
for port in $small $large; do
  curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port$query" | grep -o '"totalItems":[0-9]*'
  wrk -t2 -c2 -d10s -s bearer.lua "http://127.0.0.1:$port$query" > /dev/null
done
measure() {
  echo "== round $1, $2 measures"
  wrk -t2 -c2 -d20s --latency -s bearer.lua "http://127.0.0.1:$3$query"
}
# ABBA order, so neither size always runs first or last.
for round in 1 2 3 4; do
  if (( round % 2 )); then
    measure "$round" 10,000 "$small"; measure "$round" 100,000 "$large"
  else
    measure "$round" 100,000 "$large"; measure "$round" 10,000 "$small"
  fi
done
