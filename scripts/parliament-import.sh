#!/usr/bin/env bash
# Imports a file of the Tweede Kamer portal's records (OData JSON as the Gegevensmagazijn answers it:
# {"value": [...]} of Toezegging records, or of Zaak records of Soort Motie) into the measures-service,
# through the gateway: POST /api/measures/v1/parliament-imports. Prints the answer (created, updated,
# unchanged, refused). Safe to repeat: the import is an upsert by the portal's Id (ADR 0103).
#
#   scripts/parliament-import.sh <file>
#
# IAT_GATEWAY_URL  the gateway (default http://localhost:8080)
# IAT_TOKEN        a bearer token of admin or of a measure-editor of a coordinating organisation (ADR 0015);
#                  without it, the local run's development token endpoint of the gateway is asked for a
#                  measure-editor token of the NCTV (local runs only).
# Exit status: 0 when the import was answered (refused records are in the answer), 1 otherwise.
set -euo pipefail
file=${1:?usage: scripts/parliament-import.sh <file>}
[[ -r "$file" ]] || { echo "cannot read $file" >&2; exit 1; }
gateway=${IAT_GATEWAY_URL:-http://localhost:8080}
token=${IAT_TOKEN:-}
if [[ -z "$token" ]]; then
  token=$(curl -sf "$gateway/dev/tokens?role=measure-editor&organisation=NCTV" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/') || {
    echo "no IAT_TOKEN and no development token from $gateway/dev/tokens" >&2; exit 1; }
fi
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
# --data-binary sends the file as it is, with a Content-Length (the gateway refuses bodies without one).
status=$(curl -s -o "$answer" -w '%{http_code}' -X POST "$gateway/api/measures/v1/parliament-imports" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$file")
cat "$answer"; echo
[[ "$status" == 200 ]] || { echo "import refused: HTTP $status" >&2; exit 1; }
