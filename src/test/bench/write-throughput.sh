#!/usr/bin/env bash
# Measures session writes per second through the API from outside, with wrk at 16 connections, against a
# running portal (BASE, default http://127.0.0.1:8080). It opens WORKERS fresh workers (default 16, one per
# phone; 1 measures the worst case, every write queueing on one worker's chain) with a gig each.
#   src/test/bench/write-throughput.sh [seconds]
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
SECONDS_TO_RUN=${1:-30}
COUNT=${WORKERS_COUNT:-16}
HERE=$(cd "$(dirname "$0")" && pwd)
PASSWORD="bench passphrase 2026"
WORKERS=""
for i in $(seq 1 "$COUNT"); do
  HANDLE="bench-$(date +%s)-$i"
  curl -sf -X POST "$BASE/api/accounts" -H 'Content-Type: application/json' \
    -d "{\"handle\":\"$HANDLE\",\"password\":\"$PASSWORD\",\"locale\":\"en\",\"timeZone\":\"America/Chicago\",\"jurisdiction\":\"US-MO\"}" >/dev/null
  ACCESS=$(curl -sf -X POST "$BASE/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$HANDLE\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  GIG=$(cat /proc/sys/kernel/random/uuid)
  curl -sf -X PUT "$BASE/api/engagements/$GIG" -H "Authorization: Bearer $ACCESS" -H 'Content-Type: application/json' \
    -d '{"vendorName":"Bench Vendor","taskKind":"LABELING","payBasis":"HOURLY","agreedRateMinor":1500,"currency":"USD","classification":"CONTRACTOR","startDate":"2025-01-01","jurisdiction":"US-MO"}' >/dev/null
  WORKERS="$WORKERS $ACCESS,$GIG"
done
export WORKERS
wrk -t2 -c16 -d"${SECONDS_TO_RUN}s" -s "$HERE/put-sessions.lua" "$BASE"
