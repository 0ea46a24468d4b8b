#!/usr/bin/env bash
# Copies each service's built OpenAPI document over its committed one in docs/api/, so an API change
# shows up in the diff of the change that made it. Run after `mvn package` of the changed service;
# the contract tests fail until the committed document equals the served one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for entry in measures-service:measures budget-service:budget reporting-service:reports; do
  module="${entry%%:*}"; api="${entry##*:}"
  built="$ROOT/$module/target/openapi/openapi.json"
  [[ -f "$built" ]] || { echo "$built is missing: build $module first (mvn package -DskipTests)" >&2; exit 1; }
  cp "$built" "$ROOT/docs/api/$api-v1.openapi.json"
  echo "docs/api/$api-v1.openapi.json"
done
