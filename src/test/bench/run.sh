#!/usr/bin/env bash
# Steward's performance figures, each beside its yardstick measured in the same run on the same machine:
#   src/test/bench/run.sh                     (from anywhere; BENCH_SECONDS=20 BENCH_WARM_UP=60 by default)
# Needs MariaDB 10.11 on 127.0.0.1:3306 (root, no password), wrk, curl, mysql, and the bare framework app at
# ../shared/bench/bare-micronaut beside the project root (BARE_SRC to point elsewhere); it builds a copy of that
# app in target/. Ports: BENCH_PORT (18081), one app at a time; databases BENCH_DB_PREFIX (steward_bench)_raw/_bare/_app.
# Not part of mvn verify or .ci/run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
PORT=${BENCH_PORT:-18081}
DB=${BENCH_DB_PREFIX:-steward_bench}   # the three databases it drops and recreates: ${DB}_raw, ${DB}_bare, ${DB}_app
SECONDS_TO_RUN=${BENCH_SECONDS:-20}
# Both apps are warmed up alike before they are measured: on two cores the JIT needs most of a minute of load to
# settle (the bare app did 1,834, 3,946 and 4,796 requests/s in three 20 s rounds back to back; Steward, with more code
# to compile, 656, 735 and 1,089), and a 10 s warm-up measured each app's compiler more than its steady state.
WARM_UP=${BENCH_WARM_UP:-60}
BARE_SRC=${BARE_SRC:-$ROOT/../shared/bench/bare-micronaut}
OUT=$ROOT/target/bench
BASE=http://127.0.0.1:$PORT
MYSQL=(mysql -h127.0.0.1 -uroot)
mkdir -p "$OUT"
say() { echo "== $*" >&2; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then   # BENCH_SKIP_BUILD=1 measures what the last run built
  say "building Steward, its benchmark classes and a copy of the bare app (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  mvn -B -q -DskipTests package
  mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
  rm -rf target/bare-micronaut
  cp -r "$BARE_SRC" target/bare-micronaut
  (cd target/bare-micronaut && mvn -B -q -DskipTests package)
  docker/run.sh --class-archive   # Steward's class-data archive, made once per jar (ADR 0029)
fi
CP="target/test-classes:target/classes:$(cat target/test.classpath)"
STEWARD_JAR=$(ls -S target/steward-*.jar | head -1)   # the largest: the runnable, shaded one
BARE_JAR=$(ls -S target/bare-micronaut/target/*.jar | head -1)

source src/test/bench/start.sh
field() { sed -E "s|.*$1 ([0-9.]+).*|\\1|"; }
# The server's statement counters (Questions, Com_select, Com_insert, Com_update, Com_commit, and Com_stmt_prepare:
# a batch that Connector/J sends as a bulk command is prepared on the server first, a round trip of its own).
counters() {
  "${MYSQL[@]}" -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions','Com_select','Com_insert','Com_update','Com_commit','Com_stmt_prepare')" \
    | sort | awk '{ printf "%s=%s ", $1, $2 }'
}
# per_request BEFORE AFTER REQUESTS: each counter's growth divided by the requests made.
per_request() {
  awk -v before="$1" -v after="$2" -v n="$3" 'BEGIN {
    split(before, b, " "); split(after, a, " ");
    for (i in a) { split(a[i], x, "="); split(b[i], y, "="); printf "%s %.1f  ", x[1], (x[2] - y[2]) / n } }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# errexit holds inside the trap too: a failing last command would turn a complete run's status into 1, so every
# command here is one that cannot fail.
on_exit() {
  if [ -f "$OUT/app.pid" ]; then
    kill "$(cat "$OUT/app.pid")" 2>/dev/null || true
    rm -f "$OUT/app.pid"
  fi
}
trap on_exit EXIT

say "raw JDBC: one row per transaction, 16 threads, ${SECONDS_TO_RUN} s"
fresh_db ${DB}_raw
RAW=$(java -cp "$CP" coop.steward.bench.RawJdbcInsertBenchmark jdbc:mariadb://127.0.0.1:3306/${DB}_raw root "" \
  "$SECONDS_TO_RUN" 16 | field "inserts/s")

say "bare framework: first start, restart, writes"
fresh_db ${DB}_bare
read -r BARE_FIRST BARE_FIRST_RSS < <(start bare ${DB}_bare "$OUT/bare-data" java -jar "$BARE_JAR")
stop
read -r BARE_RESTART BARE_RESTART_RSS < <(start bare ${DB}_bare "$OUT/bare-data" java -jar "$BARE_JAR")
TOKEN=$(curl -sf -X POST "$BASE/login" -H 'Content-Type: application/json' \
  -d '{"username":"manager","password":"changeit"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
export TOKEN
wrk -t2 -c16 -d"${WARM_UP}s" -s src/test/bench/post-worklogs.lua "$BASE" >/dev/null
BEFORE=$(counters)
BARE_LINE=$(wrk -t2 -c16 -d"${SECONDS_TO_RUN}s" -s src/test/bench/post-worklogs.lua "$BASE" | grep writes/s)
BARE_STATEMENTS=$(per_request "$BEFORE" "$(counters)" "$(echo "$BARE_LINE" | awk -v s="$SECONDS_TO_RUN" '{ print $2 * s }')")
stop

say "Steward: first start (empty data directory and database), restart, writes, burst"
fresh_db ${DB}_app
rm -rf "$OUT/steward-data"
read -r -a STEWARD < <(steward_command)
read -r APP_FIRST APP_FIRST_RSS < <(start steward ${DB}_app "$OUT/steward-data" "${STEWARD[@]}")
stop
read -r APP_RESTART APP_RESTART_RSS < <(start steward ${DB}_app "$OUT/steward-data" "${STEWARD[@]}")
BASE=$BASE src/test/bench/write-throughput.sh "$WARM_UP" >/dev/null
BEFORE=$(counters)
APP_LINE=$(BASE=$BASE src/test/bench/write-throughput.sh "$SECONDS_TO_RUN" | grep writes/s)
APP_STATEMENTS=$(per_request "$BEFORE" "$(counters)" "$(echo "$APP_LINE" | awk -v s="$SECONDS_TO_RUN" '{ print $2 * s }')")
BURST_LINE=$(java -cp "$CP" coop.steward.bench.BurstBenchmark "$BASE" 500 16)
stop

say "evidence pack: a year of records, rendered and signed"
PACK_LINE=$(java -cp "$CP" coop.steward.evidence.PackBenchmark | tail -1)

BARE_RPS=$(echo "$BARE_LINE" | field "writes/s")
APP_RPS=$(echo "$APP_LINE" | field "writes/s")
cat <<REPORT

Steward performance, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores
  raw JDBC, one row per transaction, 16 threads     $RAW rows/s
  bare framework POST /worklogs, 16 connections     $BARE_LINE
  Steward PUT /api/sessions/{id}, 16 conn/workers   $APP_LINE
  Steward ÷ bare framework                          $(ratio "$APP_RPS" "$BARE_RPS")   (target ≥ 0.8, p99 < 100 ms)
  bare framework ÷ raw JDBC                         $(ratio "$BARE_RPS" "$RAW")
  statements per request (server-wide counters: anything else on the same server adds to them)
      bare:    $BARE_STATEMENTS
      Steward: $APP_STATEMENTS
  $BURST_LINE   (target < 5000 ms)
  first start to healthy: bare $BARE_FIRST ms ($BARE_FIRST_RSS MB), Steward $APP_FIRST ms ($APP_FIRST_RSS MB)
      ratio $(ratio "$APP_FIRST" "$BARE_FIRST")   (target ≤ 1.5; RSS ≤ 300 MB)
  restart to healthy: bare $BARE_RESTART ms ($BARE_RESTART_RSS MB), Steward $APP_RESTART ms ($APP_RESTART_RSS MB)
      ratio $(ratio "$APP_RESTART" "$BARE_RESTART")   (target ≤ 1.3)
  year-of-records pack: $PACK_LINE
REPORT

# Optional (BENCH_DASHBOARD=1; about half an hour at the default size): the organizer dashboard over HTTP at
# 1 M sessions / 10 k workers against 10 k sessions, with members writing through the API meanwhile, and DuckDB
# over a full export (docs/performance.md). BENCH_DASHBOARD_WORKERS / _SESSIONS shrink the big side.
if [ -n "${BENCH_DASHBOARD:-}" ]; then
  say "dashboard: ${BENCH_DASHBOARD_WORKERS:-10000} workers × ${BENCH_DASHBOARD_SESSIONS:-100} sessions against 10 k sessions (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  java -cp "$CP" coop.steward.bench.DashboardBenchmark "${BENCH_DASHBOARD_DB:-steward_bench_dash}" \
    "${BENCH_DASHBOARD_WORKERS:-10000}" "${BENCH_DASHBOARD_SESSIONS:-100}" | tee "$OUT/dashboard.txt"
fi
