#!/usr/bin/env bash
# Start-up to healthy, on its own: the bare app and Steward, each started N times on a fresh database and data
# directory (first start) and N times on the one left by the previous start (restart), as run.sh starts them;
# prints every figure and the medians. Used to work on the start-up targets without the whole benchmark:
#   BENCH_PORT=18681 BENCH_DB_PREFIX=steward_bs STARTS=3 src/test/bench/startup.sh   (after run.sh has built)
# STEWARD_COMMAND overrides how Steward is started (default docker/run.sh, as documented), e.g.
# STEWARD_COMMAND="java @docker/jvm.options -jar target/steward-0.1.0-SNAPSHOT.jar" for the figures without AppCDS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
PORT=${BENCH_PORT:-18081}
DB=${BENCH_DB_PREFIX:-steward_bench}
STARTS=${STARTS:-3}
OUT=$ROOT/target/bench
BASE=http://127.0.0.1:$PORT
MYSQL=(mysql -h127.0.0.1 -uroot)
mkdir -p "$OUT"
STEWARD_JAR=$(ls -S target/steward-*.jar | head -1)
BARE_JAR=$(ls -S target/bare-micronaut/target/*.jar | head -1)
source src/test/bench/start.sh
trap '[ -f "$OUT/app.pid" ] && kill "$(cat "$OUT/app.pid")" 2>/dev/null; rm -f "$OUT/app.pid"; true' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# measure NAME COMMAND...: STARTS first starts and STARTS restarts, one line each, then the medians.
measure() {
  local name=$1 first=() first_rss=() again=() again_rss=() ms rss
  shift
  for _ in $(seq "$STARTS"); do
    fresh_db ${DB}_$name
    rm -rf "$OUT/$name-data"
    read -r ms rss < <(start "$name" ${DB}_$name "$OUT/$name-data" "$@")
    stop
    first+=("$ms"); first_rss+=("$rss")
    read -r ms rss < <(start "$name" ${DB}_$name "$OUT/$name-data" "$@")
    stop
    again+=("$ms"); again_rss+=("$rss")
    echo "  $name: first start ${first[-1]} ms (${first_rss[-1]} MB), restart $ms ms ($rss MB), load $(cut -d' ' -f1 /proc/loadavg)" >&2
  done
  echo "$(printf '%s\n' "${first[@]}" | median) $(printf '%s\n' "${first_rss[@]}" | median)" \
    "$(printf '%s\n' "${again[@]}" | median) $(printf '%s\n' "${again_rss[@]}" | median)"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
read -r -a STEWARD < <(steward_command)
read -r BF BFR BR BRR < <(measure bare java -jar "$BARE_JAR")
read -r SF SFR SR SRR < <(measure steward "${STEWARD[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cat <<REPORT

Start-up to healthy, $(date -u +%Y-%m-%dT%H:%MZ), medians of $STARTS, load average $LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after
  Steward started with: ${STEWARD[*]}
  first start: bare $BF ms ($BFR MB), Steward $SF ms ($SFR MB): ratio $(ratio "$SF" "$BF")   (target ≤ 1.5; RSS ≤ 300 MB)
  restart:     bare $BR ms ($BRR MB), Steward $SR ms ($SRR MB): ratio $(ratio "$SR" "$BR")   (target ≤ 1.3)
REPORT
