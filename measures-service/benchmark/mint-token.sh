#!/usr/bin/env bash
# Mints an RS256 viewer token with the suite's default issuer and audience, signed by $1 (PKCS#8 PEM).
set -euo pipefail
key=$1
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
payload=$(printf '{"iss":"https://iat.local/issuer","aud":"iat-suite","sub":"benchmark","upn":"benchmark","groups":["viewer"],"iat":%d,"exp":%d}' \
  "$now" $((now + 7200)) | b64)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | b64)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
