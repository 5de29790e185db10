#!/bin/sh
# Starts Steward as it is documented to run: java @jvm.options -jar steward.jar, plus the JVM's class-data archive
# (AppCDS) of that jar, made by one training start the first time this jar is run (ADR 0029, docs/performance.md).
#   docker/run.sh [ARGS...]           from the repository root: target/steward-*.jar; in the image: /app/steward.jar
#   docker/run.sh --class-archive     only makes the archive if it is missing or older than the jar, then exits
# STEWARD_JAR names another jar; its archive is kept beside it as <jar>.jsa.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -n "${STEWARD_JAR:-}" ]; then
  JAR=$STEWARD_JAR
elif [ -f "$HERE/steward.jar" ]; then
  JAR=$HERE/steward.jar
else
  JAR=$(ls -S "$HERE"/../target/steward-*.jar | head -1)   # the largest: the runnable, shaded one
fi
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")   # the archive is valid only for the path it was made with
ARCHIVE=$JAR.jsa

# The training start runs on a throw-away embedded database and data directory on a random port, whatever database
# and port the environment names: it must neither touch the real data nor depend on it.
if [ ! -f "$ARCHIVE" ] || [ "$JAR" -nt "$ARCHIVE" ]; then
  TRAINING=$(mktemp -d "${TMPDIR:-/tmp}/steward-training.XXXXXX")
  rm -f "$ARCHIVE"
  if ! env -u DATASOURCES_DEFAULT_URL -u DATASOURCES_DEFAULT_USERNAME -u DATASOURCES_DEFAULT_PASSWORD \
      MICRONAUT_ENVIRONMENTS=dev STEWARD_DATA_DIR="$TRAINING" PORT=-1 \
      java @"$HERE/jvm.options" -XX:ArchiveClassesAtExit="$ARCHIVE" \
      -jar "$JAR" train-class-archive >"$TRAINING.log" 2>&1; then
    # Steward runs as well without the archive, only slower to start: say so and go on.
    echo "docker/run.sh: no class-data archive made (log: $TRAINING.log)" >&2
    rm -f "$ARCHIVE"
  else
    rm -f "$TRAINING.log"
  fi
  rm -rf "$TRAINING"
fi
[ "${1:-}" = "--class-archive" ] && exit 0

# -Xshare:auto: a missing or stale archive (another JDK, a rebuilt jar) is ignored, not an error.
exec java @"$HERE/jvm.options" -XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto -Xlog:cds=off -jar "$JAR" "$@"
